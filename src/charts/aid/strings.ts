/**
 * Every word the aid chart prints, in English and Spanish. Numbers and
 * dates are never written here: they arrive formatted (lib/format.ts).
 * `labels` are the words inside the chart (they ship with the island);
 * `words` adds the copy around it (title, description, notes, table), server only.
 */
import { chartWords } from '../core/strings.ts';

const labelsEn = {
  status: { proposal: 'proposal', announced: 'announced', target: 'target', pledge: 'pledge' } as Record<string, string>,
  sectionProposal: 'Proposed',
  sectionBefore: 'Announced before the trip',
  sectionTrip: (days: string) => `Announced on the trip, ${days}`,
  sectionAfter: 'Announced after the trip',
  sectionPledges: 'Company pledges under the Call to Action, running total',
  panelAround: 'Before and after: another scale',
  panelBig: 'Proposals and pledges: another scale',
  pledgesShort: 'Company pledges, running total',
  ofWhich: (label: string) => `of which: ${label}`,
  rowLabel: (day: string, item: string) => `${day} · ${item}`,
  pledgeLabel: (day: string, partners: string) => (partners ? `${day} · ${partners} partners` : day),
  /** Short row labels by item id; the full wording stays in the tooltip and the data table. */
  short: {
    'four-billion-plan': 'Biden’s four-year plan',
    'budget-request-central-america-fy2022': 'Biden’s budget request',
    'aid-310m': 'Relief and food aid',
    'young-women-initiative': 'Young women’s initiative',
    'economic-opportunity-guatemala': 'Economic package, Guatemala',
    'dfc-destino-desarrollos': 'DFC loan: affordable homes',
    'dfc-agro-atlantic': 'DFC financing: bananas',
    'dfc-interbanco': 'DFC guaranty: small business',
    'labor-cooperation-mexico': 'Labor cooperation, Mexico',
    'southern-mexico-investment-target': 'Investment goal, southern Mexico',
    'centroamerica-local': 'USAID Centroamérica Local',
    'guatemala-assistance-2024': 'Assistance for Guatemala',
  } as Record<string, string>,
  tipPart: (label: string, amount: string) => `Includes ${label}: ${amount}`,
  tipStatus: (status: string) => `Status: ${status}`,
  tipScope: (scope: string) => `For: ${scope}`,
  tipPartners: (n: string) => `${n} companies and organizations`,
  tipRunningTotal: 'Running total of company pledges',
  announce: (label: string, amount: string, status: string) => `${label}: ${amount}, ${status}`,
};
export type Labels = typeof labelsEn;

const labelsEs: Labels = {
  status: { proposal: 'propuesta', announced: 'anunciada', target: 'meta', pledge: 'compromiso' },
  sectionProposal: 'Propuesta',
  sectionBefore: 'Anunciado antes del viaje',
  sectionTrip: (days: string) => `Anunciado en el viaje, ${days}`,
  sectionAfter: 'Anunciado después del viaje',
  sectionPledges: 'Compromisos de empresas en el Llamado a la Acción, total acumulado',
  panelAround: 'Antes y después: otra escala',
  panelBig: 'Propuestas y compromisos: otra escala',
  pledgesShort: 'Compromisos de empresas, acumulado',
  ofWhich: (label: string) => `de ello: ${label}`,
  rowLabel: (day: string, item: string) => `${day} · ${item}`,
  pledgeLabel: (day: string, partners: string) => (partners ? `${day} · ${partners} socios` : day),
  short: {
    'four-billion-plan': 'Plan de cuatro años',
    'budget-request-central-america-fy2022': 'Pedido de presupuesto',
    'aid-310m': 'Socorro y alimentos',
    'young-women-initiative': 'Iniciativa para mujeres jóvenes',
    'economic-opportunity-guatemala': 'Paquete económico, Guatemala',
    'dfc-destino-desarrollos': 'Préstamo DFC: viviendas',
    'dfc-agro-atlantic': 'Crédito DFC: banano',
    'dfc-interbanco': 'Garantía DFC: pequeñas empresas',
    'labor-cooperation-mexico': 'Cooperación laboral, México',
    'southern-mexico-investment-target': 'Meta de inversión, sur de México',
    'centroamerica-local': 'Centroamérica Local',
    'guatemala-assistance-2024': 'Ayuda a Guatemala',
  },
  tipPart: (label: string, amount: string) => `Incluye ${label}: ${amount}`,
  tipStatus: (status: string) => `Estado: ${status}`,
  tipScope: (scope: string) => `Para: ${scope}`,
  tipPartners: (n: string) => `${n} empresas y organizaciones`,
  tipRunningTotal: 'Total acumulado de compromisos de empresas',
  announce: (label: string, amount: string, status: string) => `${label}: ${amount}, ${status}`,
};

const copyEn = {
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
  noteScale: 'Each panel has its own scale, so the trip’s amounts show at a readable size: compare bar lengths within a panel, and amounts across panels by their figures.',
  noteDfc: 'Amounts from the U.S. International Development Finance Corporation (DFC) are loans and guaranties the agency said it sought or intended to provide.',
};
export type Copy = typeof copyEn;

const copyEs: Copy = {
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
  noteScale: 'Cada panel tiene su propia escala, para que los montos del viaje se vean a un tamaño legible: compare la longitud de las barras dentro de un panel, y los montos entre paneles por sus cifras.',
  noteDfc: 'Los montos de la Corporación Financiera de Desarrollo Internacional (DFC) son préstamos y garantías que la agencia dijo que buscaba o pretendía otorgar.',
};

/** Words inside the chart (labels, tooltips, live region), and with the copy around it (server only). */
export const { labels, words } = chartWords<Labels, Copy>({ en: labelsEn, es: labelsEs }, { en: copyEn, es: copyEs });
