/**
 * Every word the shelters chart prints, in English and Spanish. Numbers and
 * dates are never written here: they arrive formatted (lib/format.ts).
 * `labels` are the words inside the chart (they ship with the island);
 * `words` adds the copy around it (title, description, notes, table), server only.
 */
import { chartWords } from '../core/strings.ts';

const labelsEn = {
  peak: (day: string, value: string) => `Peak, ${day}: ${value}`,
  seriesLabel: 'Children in HHS care',
  during: (value: string) => `During the trip: ${value}`,
  inCare: (value: string) => `${value} children in HHS care`,
  discharged: (value: string) => `${value} discharged that day`,
  announce: (day: string, value: string) => `${day}: ${value} children in HHS care`,
};
export type Labels = typeof labelsEn;

const labelsEs: Labels = {
  peak: (day: string, value: string) => `Máximo, ${day}: ${value}`,
  seriesLabel: 'Menores bajo cuidado del HHS',
  during: (value: string) => `Durante el viaje: ${value}`,
  inCare: (value: string) => `${value} menores bajo cuidado del HHS`,
  discharged: (value: string) => `${value} dados de alta ese día`,
  announce: (day: string, value: string) => `${day}: ${value} menores bajo cuidado del HHS`,
};

const copyEn = {
  cols: { date: 'Date', inCare: 'Children in HHS care', discharged: 'Children discharged that day' },
  name: 'Unaccompanied children in HHS shelters, by day, 2021',
  tableSpan: (from: string, to: string) => `from the peak, ${from}, to the end of the trip, ${to}`,
  tableMore: (n: string) => `All ${n} reported days on the dataset’s page`,
  title: (peakMonth: string, fell: boolean) => (fell ? `Children in HHS shelters peaked in ${peakMonth} and were fewer by the trip` : `Children in HHS shelters peaked in ${peakMonth}`),
  desc: (year: string) => `Unaccompanied children in the care of the Department of Health and Human Services (HHS) on each day it reported in ${year}, with the days of the trip shaded.`,
  levelOne: (v: string) => `it was ${v}`,
  levelRange: (lo: string, hi: string) => `it was between ${lo} and ${hi}`,
  takeaway: (peak: string, peakDay: string, tripDays: string, level: string) =>
    `The number of children in HHS shelters peaked at ${peak} on ${peakDay}; during the trip (${tripDays}) ${level}.`,
  noteGaps: 'The line joins the days HHS reported; most Fridays and Saturdays have no report.',
};
export type Copy = typeof copyEn;

const copyEs: Copy = {
  cols: { date: 'Fecha', inCare: 'Menores bajo cuidado del HHS', discharged: 'Dados de alta ese día' },
  name: 'Menores no acompañados en albergues del HHS, por día, 2021',
  tableSpan: (from: string, to: string) => `del máximo, el ${from}, al final del viaje, el ${to}`,
  tableMore: (n: string) => `Los ${n} días con informe, en la página del conjunto de datos`,
  title: (peakMonth: string, fell: boolean) => (fell ? `Los menores en albergues del HHS llegaron a su máximo en ${peakMonth} y eran menos durante el viaje` : `Los menores en albergues del HHS llegaron a su máximo en ${peakMonth}`),
  desc: (year: string) => `Menores no acompañados bajo cuidado del Departamento de Salud y Servicios Humanos (HHS) en cada día con informe de ${year}; los días del viaje aparecen sombreados.`,
  levelOne: (v: string) => `la cifra fue de ${v}`,
  levelRange: (lo: string, hi: string) => `la cifra estuvo entre ${lo} y ${hi}`,
  takeaway: (peak: string, peakDay: string, tripDays: string, level: string) =>
    `El número de menores en albergues del HHS llegó a su máximo, ${peak}, el ${peakDay}; durante el viaje (${tripDays}) ${level}.`,
  noteGaps: 'La línea une los días con informe del HHS; la mayoría de los viernes y sábados no hay informe.',
};

/** Words inside the chart (labels, tooltips, live region), and with the copy around it (server only). */
export const { labels, words } = chartWords<Labels, Copy>({ en: labelsEn, es: labelsEs }, { en: copyEn, es: copyEs });
