/**
 * Words every chart shares, in English and Spanish, and the grammar helpers
 * the charts' own strings use. Each chart kind keeps its words in its folder.
 */
import type { Lang } from '../../lib/i18n.ts';

const labelsEn = {
  noData: 'no data',
  trip: 'The trip',
  tripDays: (days: string) => `The trip, ${days}`,
  country: {
    Guatemala: 'Guatemala',
    Mexico: 'Mexico',
    Honduras: 'Honduras',
    'El Salvador': 'El Salvador',
    Other: 'Other',
  } as Record<string, string>,

};
export type CoreLabels = typeof labelsEn;

const labelsEs: CoreLabels = {
  noData: 'sin datos',
  trip: 'El viaje',
  tripDays: (days: string) => `El viaje, ${days}`,
  country: {
    Guatemala: 'Guatemala',
    Mexico: 'México',
    Honduras: 'Honduras',
    'El Salvador': 'El Salvador',
    Other: 'Otros',
  },
};

const copyEn = {
  tableCaption: (title: string) => `Data for the chart: ${title}`,
  downloadOne: 'Get the data (CSV)',
  /** Shown in the tooltip when a point is reached by keyboard. */
  keysHint: '← → to move · Home/End: first and last · Esc to close',
  list: (items: string[]) => listEn(items),
};
export type CoreCopy = typeof copyEn;

const copyEs: CoreCopy = {
  tableCaption: (title: string) => `Datos del gráfico: ${title}`,
  downloadOne: 'Descargar los datos (CSV)',
  keysHint: '← → para moverse · Inicio/Fin: primero y último · Esc para cerrar',
  list: (items: string[]) => listEs(items),
};

/** Spanish puts "de" between "millón"/"millones" and the noun: "1 millón de dosis", but "500,000 dosis". */
export function ofNoun(amount: string, noun: string): string {
  return /(millón|millones)$/.test(amount) ? `${amount} de ${noun}` : `${amount} ${noun}`;
}

export function listEn(items: string[]): string {
  if (items.length <= 1) return items.join('');
  if (items.length === 2) return `${items[0]} and ${items[1]}`;
  return `${items.slice(0, -1).join(', ')}, and ${items[items.length - 1]}`;
}

export function listEs(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} y ${items[items.length - 1]}`;
}

/** Shared words inside the charts (they ship with the island). */
export function coreLabels(lang: Lang): CoreLabels {
  return lang === 'es' ? labelsEs : labelsEn;
}

/** Shared words around the charts. Server only. */
export function coreCopy(lang: Lang): CoreCopy {
  return lang === 'es' ? copyEs : copyEn;
}

/**
 * One chart kind's words: `labels` (inside the chart; they ship with the island) and
 * `words` (those plus the copy around the chart; server only), by language.
 */
export function chartWords<L extends object, C extends object>(labels: Record<Lang, L>, copy: Record<Lang, C>) {
  const all: Record<Lang, L & C> = { en: { ...labels.en, ...copy.en }, es: { ...labels.es, ...copy.es } };
  return { labels: (lang: Lang): L => labels[lang], words: (lang: Lang): L & C => all[lang] };
}

/** A country or group name in the page language (data values are English). */
export function countryName(name: string, lang: Lang): string {
  return coreLabels(lang).country[name] ?? name;
}
