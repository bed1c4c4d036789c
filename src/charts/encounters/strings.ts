/**
 * Every word the encounters chart prints, in English and Spanish. Numbers and
 * dates are never written here: they arrive formatted (lib/format.ts).
 * `labels` are the words inside the chart (they ship with the island);
 * `words` adds the copy around it (title, description, notes, table), server only.
 */
import { chartWords } from '../core/strings.ts';

const labelsEn = {
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
};
export type Labels = typeof labelsEn;

const labelsEs: Labels = {
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
};

const copyEn = {
  cols: { month: 'Month', all: 'Border Patrol encounters', children: 'Of which unaccompanied children' },
  tableMore: (n: string) => `All ${n} months on the dataset’s page`,
  tableSpan: (from: string, to: string) => `${from} to ${to}`,
  nameAll: 'Border Patrol encounters at the southwest border, by month',
  nameChildren: 'Border Patrol encounters with unaccompanied children, by month',
  titleAll: (tripMonth: string, since: string) => `Encounters in ${tripMonth}, the month of the trip, were ${since}`,
  titleChildren: (peakMonth: string, tripMonth: string, before: boolean) =>
    before ? `Encounters with unaccompanied children peaked in ${peakMonth}, before the trip` : `Encounters with unaccompanied children were at ${peakMonth} levels in ${tripMonth}`,
  descAll: (first: string, last: string) => `Border Patrol encounters at the southwest border each month, ${first} to ${last}; the dashed line carries the level of the trip month across.`,
  descChildren: (first: string, last: string) => `Border Patrol encounters with unaccompanied children at the southwest border each month, ${first} to ${last}; the dashed line carries the level of the trip month across.`,
  toggleGroup: 'Series shown in the chart',
  staticShowing: (series: string) => `Showing: ${series}. The table lists this series; the CSV download has both.`,
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
};
export type Copy = typeof copyEn;

const copyEs: Copy = {
  cols: { month: 'Mes', all: 'Encuentros de la Patrulla Fronteriza', children: 'De ellos, menores no acompañados' },
  tableMore: (n: string) => `Los ${n} meses, en la página del conjunto de datos`,
  tableSpan: (from: string, to: string) => `de ${from} a ${to}`,
  nameAll: 'Encuentros de la Patrulla Fronteriza en la frontera suroeste, por mes',
  nameChildren: 'Encuentros de la Patrulla Fronteriza con menores no acompañados, por mes',
  titleAll: (tripMonth: string, since: string) => `Los encuentros de ${tripMonth}, el mes del viaje, fueron ${since}`,
  titleChildren: (peakMonth: string, tripMonth: string, before: boolean) =>
    before ? `Los encuentros con menores no acompañados llegaron a su máximo en ${peakMonth}, antes del viaje` : `Los encuentros con menores no acompañados en ${tripMonth} seguían en niveles de ${peakMonth}`,
  descAll: (first: string, last: string) => `Encuentros de la Patrulla Fronteriza en la frontera suroeste cada mes, de ${first} a ${last}; la línea discontinua prolonga el nivel del mes del viaje.`,
  descChildren: (first: string, last: string) => `Encuentros de la Patrulla Fronteriza con menores no acompañados en la frontera suroeste cada mes, de ${first} a ${last}; la línea discontinua prolonga el nivel del mes del viaje.`,
  toggleGroup: 'Serie que muestra el gráfico',
  staticShowing: (series: string) => `Se muestra: ${series}. La tabla recoge esta serie; la descarga en CSV tiene las dos.`,
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
};

/** Words inside the chart (labels, tooltips, live region), and with the copy around it (server only). */
export const { labels, words } = chartWords<Labels, Copy>({ en: labelsEn, es: labelsEs }, { en: copyEn, es: copyEs });
