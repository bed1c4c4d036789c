/**
 * Every word the vaccine chart prints, in English and Spanish. Numbers and
 * dates are never written here: they arrive formatted (lib/format.ts).
 * `labels` are the words inside the chart (they ship with the island);
 * `words` adds the copy around it (title, description, notes, table), server only.
 */
import { listEn, listEs, ofNoun, chartWords } from '../core/strings.ts';

const labelsEn = {
  viaCovax: 'via COVAX',
  vaccine: { 'not specified': 'not specified', mixed: 'mixed' } as Record<string, string>,
  eventAnnounced: 'announced',
  eventDelivered: 'delivered',
  channel: { donation: 'donation', loan: 'loan', covax: 'donation through COVAX' } as Record<string, string>,
  tipDoses: (doses: string, event: string) => `${doses} doses ${event}`,
  tipVaccine: (vaccine: string, channel: string) => `${vaccine}, ${channel}`,
  announce: (country: string, day: string, doses: string, event: string, channel: string) => `${country}, ${day}: ${doses} doses ${event} (${channel})`,
};
export type Labels = typeof labelsEn;

const labelsEs: Labels = {
  viaCovax: 'vía COVAX',
  vaccine: { 'not specified': 'sin especificar', mixed: 'varias' },
  eventAnnounced: 'anunciadas',
  eventDelivered: 'entregadas',
  channel: { donation: 'donación', loan: 'préstamo', covax: 'donación vía COVAX' },
  tipDoses: (doses: string, event: string) => `${ofNoun(doses, 'dosis')} ${event}`,
  tipVaccine: (vaccine: string, channel: string) => `${vaccine}, ${channel}`,
  announce: (country: string, day: string, doses: string, event: string, channel: string) => `${country}, ${day}: ${ofNoun(doses, 'dosis')} ${event} (${channel})`,
};

const copyEn = {
  cols: { country: 'Country', date: 'Date', event: 'Event', doses: 'Doses', vaccine: 'Vaccine', channel: 'Channel' },
  vaccineName: (name: string) => name,
  title: (exceeded: boolean): string => (exceeded ? 'The first vaccine deliveries after the trip were larger than the doses announced around it' : 'U.S. vaccine deliveries after the trip fell short of the doses announced around it'),
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
};
export type Copy = typeof copyEn;

const copyEs: Copy = {
  cols: { country: 'País', date: 'Fecha', event: 'Hecho', doses: 'Dosis', vaccine: 'Vacuna', channel: 'Vía' },
  vaccineName: (name: string) => ({ 'not specified': 'sin especificar', mixed: 'varias' } as Record<string, string>)[name] ?? name,
  title: (exceeded: boolean): string => (exceeded ? 'Las primeras entregas de vacunas tras el viaje superaron las dosis anunciadas en torno a él' : 'Las entregas de vacunas de EE. UU. tras el viaje no alcanzaron las dosis anunciadas en torno a él'),
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
};

/** Words inside the chart (labels, tooltips, live region), and with the copy around it (server only). */
export const { labels, words } = chartWords<Labels, Copy>({ en: labelsEn, es: labelsEs }, { en: copyEn, es: copyEs });
