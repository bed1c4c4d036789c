/**
 * Every word the origin chart prints, in English and Spanish. Numbers and
 * dates are never written here: they arrive formatted (lib/format.ts).
 * `labels` are the words inside the chart (they ship with the island);
 * `words` adds the copy around it (title, description, notes, table), server only.
 */
import { chartWords } from '../core/strings.ts';

const labelsEn = {
  value: (share: string) => share,
  months: (n: string) => `${n} months added together`,
  missing: 'No breakdown by citizenship found',
  missingTrip: 'No breakdown by citizenship found, the trip’s month included',
  tipCount: (count: string) => `${count} unaccompanied children`,
  tipShare: (share: string, period: string) => `${share} of the five groups in ${period}`,
  announce: (country: string, period: string, count: string, share: string) => `${country}, ${period}: ${count} unaccompanied children, ${share}`,
};
export type Labels = typeof labelsEn;

const labelsEs: Labels = {
  value: (share: string) => share,
  months: (n: string) => `${n} meses sumados`,
  missing: 'No se encontró desglose por nacionalidad',
  missingTrip: 'No se encontró desglose por nacionalidad, tampoco del mes del viaje',
  tipCount: (count: string) => `${count} menores no acompañados`,
  tipShare: (share: string, period: string) => `${share} de los cinco grupos en ${period}`,
  announce: (country: string, period: string, count: string, share: string) => `${country}, ${period}: ${count} menores no acompañados, ${share}`,
};

const copyEn = {
  cols: { period: 'Period', citizenship: 'Citizenship', count: 'Unaccompanied children', share: 'Share of the five groups' },
  name: 'Unaccompanied children at the southwest border, by citizenship',
  title: (country: string, every: boolean) => (every ? `${country} was the largest group of unaccompanied children in every period` : `${country} was the largest group of unaccompanied children`),
  desc: 'Unaccompanied children encountered at the southwest border by citizenship, as shares of each period’s total.',
  takeaway: (country: string, share: string, period: string, countries: string) =>
    `${country} accounted for the largest group of unaccompanied children, ${share} in ${period}, and led in every period shown, ahead of ${countries}.`,
  takeawayNoLead: (country: string, share: string, period: string) => `${country} accounted for the largest group of unaccompanied children, ${share} in ${period}.`,
  noteShares: 'Bars are shares of the sum of the five groups in each period, so an eight-month period and a single month compare like with like; counts are in the table.',
};
export type Copy = typeof copyEn;

const copyEs: Copy = {
  cols: { period: 'Periodo', citizenship: 'Nacionalidad', count: 'Menores no acompañados', share: 'Porcentaje de los cinco grupos' },
  name: 'Menores no acompañados en la frontera suroeste, por nacionalidad',
  title: (country: string, every: boolean) => (every ? `${country} fue el grupo más grande de menores no acompañados en todos los periodos` : `${country} fue el grupo más grande de menores no acompañados`),
  desc: 'Menores no acompañados encontrados en la frontera suroeste por nacionalidad, como porcentaje del total de cada periodo.',
  takeaway: (country: string, share: string, period: string, countries: string) =>
    `${country} aportó el grupo más grande de menores no acompañados, ${share} en ${period}, y encabezó todos los periodos mostrados, por delante de ${countries}.`,
  takeawayNoLead: (country: string, share: string, period: string) => `${country} aportó el grupo más grande de menores no acompañados, ${share} en ${period}.`,
  noteShares: 'Las barras son porcentajes de la suma de los cinco grupos de cada periodo, así que un periodo de ocho meses y un solo mes se comparan en igualdad de condiciones; las cifras están en la tabla.',
};

/** Words inside the chart (labels, tooltips, live region), and with the copy around it (server only). */
export const { labels, words } = chartWords<Labels, Copy>({ en: labelsEn, es: labelsEs }, { en: copyEn, es: copyEs });
