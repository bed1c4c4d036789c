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
    vaccine: { 'not specified': 'not specified', mixed: 'mixed' } as Record<string, string>,
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
    vaccine: { 'not specified': 'sin especificar', mixed: 'varias' },
    eventAnnounced: 'anunciadas',
    eventDelivered: 'entregadas',
    channel: { donation: 'donación', loan: 'préstamo', covax: 'donación vía COVAX' },
    tipDoses: (doses: string, event: string) => `${ofNoun(doses, 'dosis')} ${event}`,
    tipVaccine: (vaccine: string, channel: string) => `${vaccine}, ${channel}`,
    announce: (country: string, day: string, doses: string, event: string, channel: string) => `${country}, ${day}: ${ofNoun(doses, 'dosis')} ${event} (${channel})`,
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
    nameAll: 'Border Patrol encounters at the southwest border, by month',
    nameChildren: 'Border Patrol encounters with unaccompanied children, by month',
    titleAll: (tripMonth: string, since: string) => `Encounters in ${tripMonth}, the month of the trip, were ${since}`,
    titleChildren: (peakMonth: string, tripMonth: string, before: boolean) =>
      before ? `Encounters with unaccompanied children peaked in ${peakMonth}, before the trip` : `Encounters with unaccompanied children were at ${peakMonth} levels in ${tripMonth}`,
    descAll: (first: string, last: string) => `Border Patrol encounters at the southwest border each month, ${first} to ${last}; the dashed line carries the level of the trip month across.`,
    descChildren: (first: string, last: string) => `Border Patrol encounters with unaccompanied children at the southwest border each month, ${first} to ${last}; the dashed line carries the level of the trip month across.`,
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
    noteRevisions: 'U.S. Customs and Border Protection (CBP) and the Office of Homeland Security Statistics (OHSS) revise monthly figures after they are first published; these are later, revised values and can differ from the numbers quoted at the time.',
  },

  hhs: {
    cols: { date: 'Date', inCare: 'Children in HHS care', discharged: 'Children discharged that day' },
    name: 'Unaccompanied children in HHS shelters, by day, 2021',
    title: (peakMonth: string, fell: boolean) => (fell ? `Children in HHS shelters peaked in ${peakMonth} and were fewer by the trip` : `Children in HHS shelters peaked in ${peakMonth}`),
    desc: (year: string) => `Unaccompanied children in the care of the Department of Health and Human Services (HHS) on each day it reported in ${year}, with the days of the trip shaded.`,
    levelOne: (v: string) => `it was ${v}`,
    levelRange: (lo: string, hi: string) => `it was between ${lo} and ${hi}`,
    takeaway: (peak: string, peakDay: string, tripDays: string, level: string) =>
      `The number of children in HHS shelters peaked at ${peak} on ${peakDay}; during the trip (${tripDays}) ${level}.`,
    noteGaps: 'The line joins the days HHS reported; most Fridays and Saturdays have no report.',
  },

  origin: {
    cols: { period: 'Period', citizenship: 'Citizenship', count: 'Unaccompanied children', share: 'Share of the five groups' },
    name: 'Unaccompanied children at the southwest border, by citizenship',
    title: (country: string, every: boolean) => (every ? `${country} was the largest group of unaccompanied children in every period` : `${country} was the largest group of unaccompanied children`),
    desc: 'Unaccompanied children encountered at the southwest border by citizenship, as shares of each period’s total.',
    takeaway: (country: string, share: string, period: string, countries: string) =>
      `${country} accounted for the largest group of unaccompanied children, ${share} in ${period}, and led in every period shown, ahead of ${countries}.`,
    takeawayNoLead: (country: string, share: string, period: string) => `${country} accounted for the largest group of unaccompanied children, ${share} in ${period}.`,
    noteShares: 'Shares are of the sum of the five groups in each period; bars use the same scale in every panel.',
  },

  vax: {
    cols: { country: 'Country', date: 'Date', event: 'Event', doses: 'Doses', vaccine: 'Vaccine', channel: 'Channel' },
    vaccineName: (name: string) => name,
    title: (exceeded: boolean) => (exceeded ? 'The first vaccine deliveries after the trip were larger than the doses announced around it' : 'U.S. vaccine deliveries after the trip fell short of the doses announced around it'),
    name: 'U.S. vaccine doses announced and delivered in 2021',
    desc: (n: string) => `Each U.S. announcement and delivery of COVID-19 vaccine doses for ${n} countries in 2021, at its date, on one scale for every country.`,
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
    title: (largest: string, proposal: string) => `The trip’s largest announcement, ${largest}, was small beside the ${proposal} plan Congress never passed`,
    name: 'U.S. aid for Central America and Mexico, and company pledges',
    desc: 'Amounts of U.S. aid proposed, announced or set as targets for northern Central America and Mexico, and company pledges, grouped by when they came relative to the trip.',
    legendProposal: 'Proposed, not passed by Congress',
    legendAnnounced: 'Announced by the U.S. government',
    legendTarget: 'Target, not funding',
    legendPledge: 'Pledged by companies',
    takeaway: (proposal: string, before: string, beforeMonth: string, tripCount: string, tripLargest: string, pledges: string, pledgesMonth: string) =>
      `The ${proposal} four-year plan was a proposal Congress never passed; the U.S. government announced ${before} in ${beforeMonth} and ${tripCount} separate amounts on the trip, the largest ${tripLargest}, while company pledges reached ${pledges} by ${pledgesMonth}.`,
    noteScale: 'All bars in the upper part share one scale, so their lengths can be compared; the breakdown below it uses a larger scale.',
    noteDfc: 'Amounts from the U.S. International Development Finance Corporation (DFC) are loans and guaranties the agency said it sought or intended to provide.',
  },
};

export type ChartCopy = typeof enCopy;

const esCopy: ChartCopy = {
  tableCaption: (title: string) => `Datos del gráfico: ${title}`,
  downloadOne: 'Descargar los datos (CSV)',
  keysHint: '← → ↑ ↓ para moverse · Esc para cerrar',
  enc: {
    cols: { month: 'Mes', fiscalYear: 'Año fiscal', all: 'Encuentros de la Patrulla Fronteriza', children: 'De ellos, menores no acompañados' },
    nameAll: 'Encuentros de la Patrulla Fronteriza en la frontera suroeste, por mes',
    nameChildren: 'Encuentros de la Patrulla Fronteriza con menores no acompañados, por mes',
    titleAll: (tripMonth: string, since: string) => `Los encuentros de ${tripMonth}, el mes del viaje, fueron ${since}`,
    titleChildren: (peakMonth: string, tripMonth: string, before: boolean) =>
      before ? `Los encuentros con menores no acompañados llegaron a su máximo en ${peakMonth}, antes del viaje` : `Los encuentros con menores no acompañados en ${tripMonth} seguían en niveles de ${peakMonth}`,
    descAll: (first: string, last: string) => `Encuentros de la Patrulla Fronteriza en la frontera suroeste cada mes, de ${first} a ${last}; la línea discontinua prolonga el nivel del mes del viaje.`,
    descChildren: (first: string, last: string) => `Encuentros de la Patrulla Fronteriza con menores no acompañados en la frontera suroeste cada mes, de ${first} a ${last}; la línea discontinua prolonga el nivel del mes del viaje.`,
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
    noteRevisions: 'La Oficina de Aduanas y Protección Fronteriza (CBP) y la Oficina de Estadísticas de Seguridad Nacional (OHSS) corrigen las cifras mensuales después de publicarlas por primera vez; estas son cifras corregidas posteriores y pueden diferir de las citadas en su momento.',
  },

  hhs: {
    cols: { date: 'Fecha', inCare: 'Menores bajo cuidado del HHS', discharged: 'Dados de alta ese día' },
    name: 'Menores no acompañados en albergues del HHS, por día, 2021',
    title: (peakMonth: string, fell: boolean) => (fell ? `Los menores en albergues del HHS llegaron a su máximo en ${peakMonth} y eran menos durante el viaje` : `Los menores en albergues del HHS llegaron a su máximo en ${peakMonth}`),
    desc: (year: string) => `Menores no acompañados bajo cuidado del Departamento de Salud y Servicios Humanos (HHS) en cada día con informe de ${year}; los días del viaje aparecen sombreados.`,
    levelOne: (v: string) => `la cifra fue de ${v}`,
    levelRange: (lo: string, hi: string) => `la cifra estuvo entre ${lo} y ${hi}`,
    takeaway: (peak: string, peakDay: string, tripDays: string, level: string) =>
      `El número de menores en albergues del HHS llegó a su máximo, ${peak}, el ${peakDay}; durante el viaje (${tripDays}) ${level}.`,
    noteGaps: 'La línea une los días con informe del HHS; la mayoría de los viernes y sábados no hay informe.',
  },

  origin: {
    cols: { period: 'Periodo', citizenship: 'Nacionalidad', count: 'Menores no acompañados', share: 'Porcentaje de los cinco grupos' },
    name: 'Menores no acompañados en la frontera suroeste, por nacionalidad',
    title: (country: string, every: boolean) => (every ? `${country} fue el grupo más grande de menores no acompañados en todos los periodos` : `${country} fue el grupo más grande de menores no acompañados`),
    desc: 'Menores no acompañados encontrados en la frontera suroeste por nacionalidad, como porcentaje del total de cada periodo.',
    takeaway: (country: string, share: string, period: string, countries: string) =>
      `${country} aportó el grupo más grande de menores no acompañados, ${share} en ${period}, y encabezó todos los periodos mostrados, por delante de ${countries}.`,
    takeawayNoLead: (country: string, share: string, period: string) => `${country} aportó el grupo más grande de menores no acompañados, ${share} en ${period}.`,
    noteShares: 'Los porcentajes son sobre la suma de los cinco grupos de cada periodo; las barras usan la misma escala en todos los paneles.',
  },

  vax: {
    cols: { country: 'País', date: 'Fecha', event: 'Hecho', doses: 'Dosis', vaccine: 'Vacuna', channel: 'Vía' },
    vaccineName: (name: string) => ({ 'not specified': 'sin especificar', mixed: 'varias' } as Record<string, string>)[name] ?? name,
    title: (exceeded: boolean) => (exceeded ? 'Las primeras entregas de vacunas tras el viaje superaron las dosis anunciadas en torno a él' : 'Las entregas de vacunas de EE. UU. tras el viaje no alcanzaron las dosis anunciadas en torno a él'),
    name: 'Dosis de vacunas de EE. UU. anunciadas y entregadas en 2021',
    desc: (n: string) => `Cada anuncio y cada entrega de dosis de vacunas contra la COVID-19 de EE. UU. para ${n} países en 2021, en su fecha y con la misma escala para todos los países.`,
    announced: 'Anunciadas',
    delivered: 'Entregadas',
    loan: 'Préstamo (a devolver)',
    list: (items: string[]) => listEs(items),
    forCountry: (doses: string, country: string, more: boolean) => `${ofNoun(doses, 'dosis')}${more ? ' más' : ''} para ${country}`,
    takeaway: (announced: string, deliveries: string, loan: string) =>
      `En torno al viaje, EE. UU. anunció ${announced}; las primeras entregas posteriores fueron ${deliveries}${loan ? `, y ${loan}` : ''}.`,
    firstDelivery: (doses: string, country: string, day: string) => `${doses} para ${country} (${day})`,
    loanClause: (country: string, doses: string, month: string) => `el primer acuerdo con ${country}, por ${ofNoun(doses, 'dosis')} en ${month}, fue un préstamo`,
    noteEvents: 'Cada columna es un anuncio o una entrega, con la misma escala en todas las filas; no están todos los envíos (vea las notas de los datos), así que las columnas no suman el total de cada país.',
  },

  aid: {
    cols: { date: 'Fecha', item: 'Partida', amount: 'Monto', status: 'Estado', partOf: 'Parte de', countries: 'Países', total: 'Total comprometido desde mayo de 2021', partners: 'Empresas y organizaciones' },
    title: (largest: string, proposal: string) => `El mayor anuncio del viaje, ${largest}, fue pequeño frente al plan de ${proposal} que el Congreso nunca aprobó`,
    name: 'Ayuda de EE. UU. para Centroamérica y México, y compromisos de empresas',
    desc: 'Montos de ayuda de EE. UU. propuestos, anunciados o fijados como meta para el norte de Centroamérica y México, y compromisos de empresas, agrupados según su fecha respecto del viaje.',
    legendProposal: 'Propuesta, no aprobada por el Congreso',
    legendAnnounced: 'Anunciada por el gobierno de EE. UU.',
    legendTarget: 'Meta, no financiamiento',
    legendPledge: 'Compromisos de empresas',
    takeaway: (proposal: string, before: string, beforeMonth: string, tripCount: string, tripLargest: string, pledges: string, pledgesMonth: string) =>
      `El plan de cuatro años de ${proposal} fue una propuesta que el Congreso nunca aprobó; el gobierno de EE. UU. anunció ${before} en ${beforeMonth} y ${tripCount} montos distintos en el viaje, el mayor de ${tripLargest}, mientras que los compromisos de empresas llegaron a ${pledges} hacia ${pledgesMonth}.`,
    noteScale: 'Todas las barras de la parte superior comparten una escala, así que sus longitudes se pueden comparar; el desglose de abajo usa una escala mayor.',
    noteDfc: 'Los montos de la Corporación Financiera de Desarrollo Internacional (DFC) son préstamos y garantías que la agencia dijo que buscaba o pretendía otorgar.',
  },
};

/** Spanish puts "de" between "millón"/"millones" and the noun: "1 millón de dosis", but "500,000 dosis". */
export function ofNoun(amount: string, noun: string): string {
  return /(millón|millones)$/.test(amount) ? `${amount} de ${noun}` : `${amount} ${noun}`;
}

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
