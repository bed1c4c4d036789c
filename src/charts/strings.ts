/**
 * Every word the charts print, in English and Spanish. Numbers and dates are
 * never written here: they arrive already formatted (format.ts) as arguments,
 * so a label can only show a figure that came from the data.
 */
import type { Lang } from '../lib/i18n.ts';

/* ---------- labels: inside the SVG and the tooltip (shipped to the browser) ---------- */

const en = {
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

  enc: {
    seriesAll: 'All encounters',
    seriesChildren: 'Unaccompanied children',
    unitAll: 'encounters',
    unitChildren: 'unaccompanied children',
    inauguration: 'Biden takes office',
    assigned: 'Harris put in charge',
    trip: 'the trip',
    event: (date: string, what: string) => `${date}: ${what}`,
    pointLabel: (month: string, value: string) => `${month}: ${value}`,
    levelLabel: (month: string, value: string) => `${month} level: ${value}`,
    announce: (month: string, value: string, unit: string) => `${month}: ${value} ${unit}`,
    tipAll: (value: string) => `${value} encounters`,
    tipChildren: (value: string) => `${value} unaccompanied children`,
  },

  hhs: {
    peak: (day: string, value: string) => `Peak, ${day}: ${value}`,
    seriesLabel: 'Children in HHS care',
    during: (value: string) => `During the trip: ${value}`,
    inCare: (value: string) => `${value} children in HHS care`,
    discharged: (value: string) => `${value} discharged that day`,
    announce: (day: string, value: string) => `${day}: ${value} children in HHS care`,
  },

  origin: {
    value: (count: string, share: string) => `${count} · ${share}`,
    tipCount: (count: string) => `${count} unaccompanied children`,
    tipShare: (share: string, period: string) => `${share} of the five groups in ${period}`,
    announce: (country: string, period: string, count: string, share: string) => `${country}, ${period}: ${count} unaccompanied children, ${share}`,
  },

  vax: {
    viaCovax: 'via COVAX',
    eventAnnounced: 'announced',
    eventDelivered: 'delivered',
    channel: { donation: 'donation', loan: 'loan', covax: 'donation through COVAX' } as Record<string, string>,
    tipDoses: (doses: string, event: string) => `${doses} doses ${event}`,
    tipVaccine: (vaccine: string, channel: string) => `${vaccine}, ${channel}`,
    announce: (country: string, day: string, doses: string, event: string, channel: string) => `${country}, ${day}: ${doses} doses ${event} (${channel})`,
  },

  aid: {
    status: { proposal: 'proposal', announced: 'announced', target: 'target', pledge: 'pledge' } as Record<string, string>,
    sectionProposal: 'Proposed',
    sectionBefore: 'Announced before the trip',
    sectionTrip: (days: string) => `Announced on the trip, ${days}`,
    sectionAfter: 'Announced after the trip',
    sectionPledges: 'Company pledges under the Call to Action, running total',
    breakdown: (total: string, day: string) => `The ${total} of ${day}, item by item (larger scale)`,
    ofWhich: (label: string) => `of which: ${label}`,
    rowLabel: (day: string, item: string) => `${day} · ${item}`,
    pledgeLabel: (day: string, partners: string) => (partners ? `${day} · ${partners} companies and organizations` : day),
    tipStatus: (status: string) => `Status: ${status}`,
    tipScope: (scope: string) => `For: ${scope}`,
    tipPartners: (n: string) => `${n} companies and organizations`,
    tipRunningTotal: 'Running total of company pledges',
    announce: (label: string, amount: string, status: string) => `${label}: ${amount}, ${status}`,
  },
};

export type ChartStrings = typeof en;

const es: ChartStrings = {
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

  enc: {
    seriesAll: 'Todos los encuentros',
    seriesChildren: 'Menores no acompañados',
    unitAll: 'encuentros',
    unitChildren: 'menores no acompañados',
    inauguration: 'Biden asume',
    assigned: 'Harris recibe el encargo',
    trip: 'el viaje',
    event: (date: string, what: string) => `${date}: ${what}`,
    pointLabel: (month: string, value: string) => `${month}: ${value}`,
    levelLabel: (month: string, value: string) => `Nivel de ${month}: ${value}`,
    announce: (month: string, value: string, unit: string) => `${month}: ${value} ${unit}`,
    tipAll: (value: string) => `${value} encuentros`,
    tipChildren: (value: string) => `${value} menores no acompañados`,
  },

  hhs: {
    peak: (day: string, value: string) => `Máximo, ${day}: ${value}`,
    seriesLabel: 'Menores bajo cuidado del HHS',
    during: (value: string) => `Durante el viaje: ${value}`,
    inCare: (value: string) => `${value} menores bajo cuidado del HHS`,
    discharged: (value: string) => `${value} dados de alta ese día`,
    announce: (day: string, value: string) => `${day}: ${value} menores bajo cuidado del HHS`,
  },

  origin: {
    value: (count: string, share: string) => `${count} · ${share}`,
    tipCount: (count: string) => `${count} menores no acompañados`,
    tipShare: (share: string, period: string) => `${share} de los cinco grupos en ${period}`,
    announce: (country: string, period: string, count: string, share: string) => `${country}, ${period}: ${count} menores no acompañados, ${share}`,
  },

  vax: {
    viaCovax: 'vía COVAX',
    eventAnnounced: 'anunciadas',
    eventDelivered: 'entregadas',
    channel: { donation: 'donación', loan: 'préstamo', covax: 'donación vía COVAX' },
    tipDoses: (doses: string, event: string) => `${doses} dosis ${event}`,
    tipVaccine: (vaccine: string, channel: string) => `${vaccine}, ${channel}`,
    announce: (country: string, day: string, doses: string, event: string, channel: string) => `${country}, ${day}: ${doses} dosis ${event} (${channel})`,
  },

  aid: {
    status: { proposal: 'propuesta', announced: 'anunciada', target: 'meta', pledge: 'compromiso' },
    sectionProposal: 'Propuesta',
    sectionBefore: 'Anunciado antes del viaje',
    sectionTrip: (days: string) => `Anunciado en el viaje, ${days}`,
    sectionAfter: 'Anunciado después del viaje',
    sectionPledges: 'Compromisos de empresas en el Llamado a la Acción, total acumulado',
    breakdown: (total: string, day: string) => `Los ${total} del ${day}, partida por partida (escala mayor)`,
    ofWhich: (label: string) => `de ello: ${label}`,
    rowLabel: (day: string, item: string) => `${day} · ${item}`,
    pledgeLabel: (day: string, partners: string) => (partners ? `${day} · ${partners} empresas y organizaciones` : day),
    tipStatus: (status: string) => `Estado: ${status}`,
    tipScope: (scope: string) => `Para: ${scope}`,
    tipPartners: (n: string) => `${n} empresas y organizaciones`,
    tipRunningTotal: 'Total acumulado de compromisos de empresas',
    announce: (label: string, amount: string, status: string) => `${label}: ${amount}, ${status}`,
  },
};

/* ---------- copy: around the chart (server only) ---------- */

const enCopy = {
  tableCaption: (title: string) => `Data for the chart: ${title}`,
  downloadOne: 'Get the data (CSV)',
  /** Shown in the tooltip when a point is reached by keyboard. */
  keysHint: '← → ↑ ↓ to move · Esc to close',
  enc: {
    cols: { month: 'Month', fiscalYear: 'Fiscal year', all: 'Border Patrol encounters', children: 'Of which unaccompanied children' },
    title: 'Border Patrol encounters at the southwest border, by month',
    toggleGroup: 'Series shown in the chart',
    staticShowing: (series: string) => `Showing: ${series}. The table has both series.`,
    sinceMonth: (month: string) => `the most since ${month}`,
    sinceStartRecord: (month: string) => `the most in any month of the series, which begins in ${month}`,
    sinceStart: (month: string) => `the most since the series began in ${month}`,
    takeawayAll: (value: string, month: string, since: string) =>
      `In ${month}, the month of the trip, the Border Patrol recorded ${value} encounters at the southwest border, ${since}.`,
    takeawayChildren: (peak: string, peakMonth: string, since: string, tripValue: string, tripMonth: string) =>
      `Border Patrol encounters with unaccompanied children peaked at ${peak} in ${peakMonth}, ${since}; in ${tripMonth}, the month of the trip, there were ${tripValue}.`,
    switched: (series: string, takeaway: string) => `Now showing ${series}. ${takeaway}`,
    noteLevel: (month: string) => `The dashed line carries the ${month} level across the whole chart, so every earlier month can be compared with it.`,
    noteChildrenStart: (month: string) => `The unaccompanied-children series starts in ${month}.`,
    noteNotPeople: 'An encounter is an event, not a person: someone caught twice is counted twice, and many people expelled under Title 42 in 2021 tried again.',
    noteRevisions: 'CBP and OHSS revise monthly figures after they are first published; these are later, revised values and can differ from the numbers quoted at the time.',
  },

  hhs: {
    cols: { date: 'Date', inCare: 'Children in HHS care', discharged: 'Children discharged that day' },
    title: 'Unaccompanied children in HHS shelters, by day, 2021',
    levelOne: (v: string) => `it was ${v}`,
    levelRange: (lo: string, hi: string) => `it was between ${lo} and ${hi}`,
    takeaway: (peak: string, peakDay: string, tripDays: string, level: string) =>
      `The number of children in HHS shelters peaked at ${peak} on ${peakDay}; during the trip (${tripDays}) ${level}.`,
    noteGaps: 'The line joins the days HHS reported; most Fridays and Saturdays have no report.',
  },

  origin: {
    cols: { period: 'Period', citizenship: 'Citizenship', count: 'Unaccompanied children', share: 'Share of the five groups' },
    title: 'Unaccompanied children at the southwest border, by citizenship',
    takeaway: (country: string, share: string, period: string, countries: string) =>
      `${country} accounted for the largest group of unaccompanied children, ${share} in ${period}, and led in every period shown, ahead of ${countries}.`,
    takeawayNoLead: (country: string, share: string, period: string) => `${country} accounted for the largest group of unaccompanied children, ${share} in ${period}.`,
    noteShares: 'Shares are of the sum of the five groups in each period; bars use the same scale in every panel.',
  },

  vax: {
    cols: { country: 'Country', date: 'Date', event: 'Event', doses: 'Doses', vaccine: 'Vaccine', channel: 'Channel' },
    vaccineName: (name: string) => name,
    title: 'U.S. vaccine doses for four countries, announced and delivered, 2021',
    announced: 'Announced',
    delivered: 'Delivered',
    loan: 'Loan (to be paid back)',
    list: (items: string[]) => listEn(items),
    forCountry: (doses: string, country: string, more: boolean) => `${doses}${more ? ' more' : ''} doses for ${country}`,
    takeaway: (announced: string, deliveries: string, loan: string) =>
      `Around the trip the U.S. announced ${announced}; the first deliveries that followed were ${deliveries}${loan ? `, and ${loan}` : ''}.`,
    firstDelivery: (doses: string, country: string, day: string) => `${doses} for ${country} (${day})`,
    loanClause: (country: string, doses: string, month: string) => `${country}'s first ${doses} doses, in ${month}, were a loan`,
    noteEvents: 'Each column is one announcement or one delivery, drawn on the same scale in every row; not every shipment is listed (see the data notes), so the columns do not add up to a country’s total.',
  },

  aid: {
    cols: { date: 'Date', item: 'Item', amount: 'Amount', status: 'Status', partOf: 'Part of', countries: 'Countries', total: 'Total pledged since May 2021', partners: 'Companies and organizations' },
    title: 'U.S. aid announced for Central America and Mexico, and company pledges',
    legendProposal: 'Proposed, not passed by Congress',
    legendAnnounced: 'Announced by the U.S. government',
    legendTarget: 'Target, not funding',
    legendPledge: 'Pledged by companies',
    takeaway: (proposal: string, before: string, beforeMonth: string, tripCount: string, tripLargest: string, pledges: string, pledgesMonth: string) =>
      `The ${proposal} four-year plan was a proposal Congress never passed; the U.S. government announced ${before} in ${beforeMonth} and ${tripCount} separate amounts on the trip, the largest ${tripLargest}, while company pledges reached ${pledges} by ${pledgesMonth}.`,
    noteScale: 'All bars in the upper part share one scale, so their lengths can be compared; the breakdown below it uses a larger scale.',
    noteDfc: 'DFC amounts are loans and guaranties the agency said it sought or intended to provide.',
  },
};

export type ChartCopy = typeof enCopy;

const esCopy: ChartCopy = {
  tableCaption: (title: string) => `Datos del gráfico: ${title}`,
  downloadOne: 'Descargar los datos (CSV)',
  keysHint: '← → ↑ ↓ para moverse · Esc para cerrar',
  enc: {
    cols: { month: 'Mes', fiscalYear: 'Año fiscal', all: 'Encuentros de la Patrulla Fronteriza', children: 'De ellos, menores no acompañados' },
    title: 'Encuentros de la Patrulla Fronteriza en la frontera suroeste, por mes',
    toggleGroup: 'Serie que muestra el gráfico',
    staticShowing: (series: string) => `Se muestra: ${series}. La tabla tiene las dos series.`,
    sinceMonth: (month: string) => `la cifra más alta desde ${month}`,
    sinceStartRecord: (month: string) => `la cifra mensual más alta de la serie, que empieza en ${month}`,
    sinceStart: (month: string) => `la cifra más alta desde el inicio de la serie, en ${month}`,
    takeawayAll: (value: string, month: string, since: string) =>
      `En ${month}, el mes del viaje, la Patrulla Fronteriza registró ${value} encuentros en la frontera suroeste, ${since}.`,
    takeawayChildren: (peak: string, peakMonth: string, since: string, tripValue: string, tripMonth: string) =>
      `Los encuentros de la Patrulla Fronteriza con menores no acompañados llegaron a ${peak} en ${peakMonth}, ${since}; en ${tripMonth}, el mes del viaje, fueron ${tripValue}.`,
    switched: (series: string, takeaway: string) => `Ahora se muestra: ${series}. ${takeaway}`,
    noteLevel: (month: string) => `La línea discontinua prolonga el nivel de ${month} por todo el gráfico, para comparar con él cada mes anterior.`,
    noteChildrenStart: (month: string) => `La serie de menores no acompañados empieza en ${month}.`,
    noteNotPeople: 'Un encuentro es un hecho, no una persona: quien es detenido dos veces cuenta dos veces, y en 2021 muchas personas expulsadas por el Título 42 volvieron a intentarlo.',
    noteRevisions: 'CBP y la OHSS corrigen las cifras mensuales después de publicarlas por primera vez; estas son cifras corregidas posteriores y pueden diferir de las citadas en su momento.',
  },

  hhs: {
    cols: { date: 'Fecha', inCare: 'Menores bajo cuidado del HHS', discharged: 'Dados de alta ese día' },
    title: 'Menores no acompañados en albergues del HHS, por día, 2021',
    levelOne: (v: string) => `la cifra fue de ${v}`,
    levelRange: (lo: string, hi: string) => `la cifra estuvo entre ${lo} y ${hi}`,
    takeaway: (peak: string, peakDay: string, tripDays: string, level: string) =>
      `El número de menores en albergues del HHS llegó a su máximo, ${peak}, el ${peakDay}; durante el viaje (${tripDays}) ${level}.`,
    noteGaps: 'La línea une los días con informe del HHS; la mayoría de los viernes y sábados no hay informe.',
  },

  origin: {
    cols: { period: 'Periodo', citizenship: 'Nacionalidad', count: 'Menores no acompañados', share: 'Porcentaje de los cinco grupos' },
    title: 'Menores no acompañados en la frontera suroeste, por nacionalidad',
    takeaway: (country: string, share: string, period: string, countries: string) =>
      `${country} aportó el grupo más grande de menores no acompañados, ${share} en ${period}, y encabezó todos los periodos mostrados, por delante de ${countries}.`,
    takeawayNoLead: (country: string, share: string, period: string) => `${country} aportó el grupo más grande de menores no acompañados, ${share} en ${period}.`,
    noteShares: 'Los porcentajes son sobre la suma de los cinco grupos de cada periodo; las barras usan la misma escala en todos los paneles.',
  },

  vax: {
    cols: { country: 'País', date: 'Fecha', event: 'Hecho', doses: 'Dosis', vaccine: 'Vacuna', channel: 'Vía' },
    vaccineName: (name: string) => ({ 'not specified': 'sin especificar', mixed: 'varias' })[name] ?? name,
    title: 'Dosis de vacunas de EE. UU. para cuatro países, anunciadas y entregadas, 2021',
    announced: 'Anunciadas',
    delivered: 'Entregadas',
    loan: 'Préstamo (a devolver)',
    list: (items: string[]) => listEs(items),
    forCountry: (doses: string, country: string, more: boolean) => `${doses} dosis${more ? ' más' : ''} para ${country}`,
    takeaway: (announced: string, deliveries: string, loan: string) =>
      `En torno al viaje, EE. UU. anunció ${announced}; las primeras entregas posteriores fueron ${deliveries}${loan ? `, y ${loan}` : ''}.`,
    firstDelivery: (doses: string, country: string, day: string) => `${doses} para ${country} (${day})`,
    loanClause: (country: string, doses: string, month: string) => `las primeras ${doses} dosis de ${country}, en ${month}, fueron un préstamo`,
    noteEvents: 'Cada columna es un anuncio o una entrega, con la misma escala en todas las filas; no están todos los envíos (vea las notas de los datos), así que las columnas no suman el total de cada país.',
  },

  aid: {
    cols: { date: 'Fecha', item: 'Partida', amount: 'Monto', status: 'Estado', partOf: 'Parte de', countries: 'Países', total: 'Total comprometido desde mayo de 2021', partners: 'Empresas y organizaciones' },
    title: 'Ayuda anunciada por EE. UU. para Centroamérica y México, y compromisos de empresas',
    legendProposal: 'Propuesta, no aprobada por el Congreso',
    legendAnnounced: 'Anunciada por el gobierno de EE. UU.',
    legendTarget: 'Meta, no financiamiento',
    legendPledge: 'Compromisos de empresas',
    takeaway: (proposal: string, before: string, beforeMonth: string, tripCount: string, tripLargest: string, pledges: string, pledgesMonth: string) =>
      `El plan de cuatro años de ${proposal} fue una propuesta que el Congreso nunca aprobó; el gobierno de EE. UU. anunció ${before} en ${beforeMonth} y ${tripCount} montos distintos en el viaje, el mayor de ${tripLargest}, mientras que los compromisos de empresas llegaron a ${pledges} hacia ${pledgesMonth}.`,
    noteScale: 'Todas las barras de la parte superior comparten una escala, así que sus longitudes se pueden comparar; el desglose de abajo usa una escala mayor.',
    noteDfc: 'Los montos de la DFC son préstamos y garantías que la agencia dijo que buscaba o pretendía otorgar.',
  },
};

function listEn(items: string[]): string {
  if (items.length <= 1) return items.join('');
  if (items.length === 2) return `${items[0]} and ${items[1]}`;
  return `${items.slice(0, -1).join(', ')}, and ${items[items.length - 1]}`;
}

function listEs(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} y ${items[items.length - 1]}`;
}

const LABELS: Record<Lang, ChartStrings> = { en, es };
const COPY: Record<Lang, ChartCopy> = { en: enCopy, es: esCopy };

/** Words inside the charts (labels, tooltips, live region). Used by the layouts, so they ship in the island. */
export function chartStrings(lang: Lang): ChartStrings {
  return LABELS[lang];
}

/** Words around the charts (titles, takeaways, notes, table headings). Server only: layouts must not import this. */
export function chartCopy(lang: Lang): ChartCopy {
  return COPY[lang];
}

const merged = new Map<Lang, ChartStrings & ChartCopy>();
/** Labels and copy together, for the chart components and their summaries (server only). */
export function chartText(lang: Lang): ChartStrings & ChartCopy {
  let m = merged.get(lang);
  if (!m) {
    const labels = LABELS[lang] as unknown as Record<string, unknown>;
    const out: Record<string, unknown> = { ...labels };
    for (const [k, v] of Object.entries(COPY[lang])) {
      const l = labels[k];
      out[k] = v && typeof v === 'object' && l && typeof l === 'object' ? { ...l, ...v } : v;
    }
    m = out as unknown as ChartStrings & ChartCopy;
    merged.set(lang, m);
  }
  return m;
}

/** A country or group name in the page language (data values are English). */
export function countryName(name: string, lang: Lang): string {
  return LABELS[lang].country[name] ?? name;
}
