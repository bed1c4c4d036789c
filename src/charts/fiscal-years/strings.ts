/**
 * Every word the fiscal-years chart prints, in English and Spanish. Numbers
 * and dates arrive formatted (lib/format.ts). `labels` ship with the island;
 * `words` adds the copy around the chart, server only.
 */
import { chartWords } from '../core/strings.ts';

const labelsEn = {
  year: (fy: string) => `Fiscal ${fy}`,
  trip: (month: string) => `${month}: the trip`,
  point: (month: string, value: string) => `${month}: ${value}`,
  tip: (fy: string, value: string) => `Fiscal ${fy}: ${value} encounters`,
  announce: (month: string, value: string) => `${month}: ${value} encounters`,
};
export type Labels = typeof labelsEn;

const labelsEs: Labels = {
  year: (fy: string) => `Año fiscal ${fy}`,
  trip: (month: string) => `${month}: el viaje`,
  point: (month: string, value: string) => `${month}: ${value}`,
  tip: (fy: string, value: string) => `Año fiscal ${fy}: ${value} encuentros`,
  announce: (month: string, value: string) => `${month}: ${value} encuentros`,
};

const copyEn = {
  name: (a: string, b: string) => `Border Patrol encounters at the southwest border by month, fiscal ${a} and ${b}`,
  title: (later: string, n: string, of: string) => `Encounters were higher in ${n} of ${of} months of fiscal ${later} than a year earlier`,
  desc: (a: string, b: string) => `Border Patrol encounters at the southwest border in each month of fiscal ${a} and fiscal ${b}; a fiscal year runs from October to September.`,
  takeaway: (a: string, totalA: string, b: string, totalB: string, june: string, juneB: string, juneA: string) =>
    `Fiscal ${b} added up to ${totalB} encounters, against ${totalA} in fiscal ${a}; ${june} had ${juneB}, against ${juneA} a year earlier, the month of the trip.`,
  cols: { month: 'Month', year: (fy: string) => `Fiscal ${fy}` },
  noteNotPeople: 'An encounter is an event, not a person: someone caught twice is counted twice.',
};
export type Copy = typeof copyEn;

const copyEs: Copy = {
  name: (a: string, b: string) => `Encuentros de la Patrulla Fronteriza en la frontera suroeste por mes, años fiscales ${a} y ${b}`,
  title: (later: string, n: string, of: string) => `En ${n} de los ${of} meses del año fiscal ${later} hubo más encuentros que un año antes`,
  desc: (a: string, b: string) => `Encuentros de la Patrulla Fronteriza en la frontera suroeste en cada mes de los años fiscales ${a} y ${b}; el año fiscal va de octubre a septiembre.`,
  takeaway: (a: string, totalA: string, b: string, totalB: string, june: string, juneB: string, juneA: string) =>
    `El año fiscal ${b} sumó ${totalB} encuentros, frente a ${totalA} en el año fiscal ${a}; ${june} tuvo ${juneB}, frente a ${juneA} un año antes, el mes del viaje.`,
  cols: { month: 'Mes', year: (fy: string) => `Año fiscal ${fy}` },
  noteNotPeople: 'Un encuentro es un hecho, no una persona: quien es detenido dos veces cuenta dos veces.',
};

/** Words inside the chart (labels, tooltips, live region), and with the copy around it (server only). */
export const { labels, words } = chartWords<Labels, Copy>({ en: labelsEn, es: labelsEs }, { en: copyEn, es: copyEs });
