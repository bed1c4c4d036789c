/** Small hand-made data for the chart layout tests (shaped like the chart inputs, not the CSV files). */
import type { EncounterMonth } from '../../../src/charts/encounters/data.ts';
import type { ShelterDay } from '../../../src/charts/shelters/data.ts';
import type { OriginRow } from '../../../src/charts/origin/data.ts';
import type { VaxData } from '../../../src/charts/vaccine/data.ts';
import type { AidData } from '../../../src/charts/aid/data.ts';

const m = (month: string, all: number | null, children: number | null = null): EncounterMonth => ({ month, fiscalYear: null, all, children });

export const MONTHS: EncounterMonth[] = [
  m('2000-03', 209310),
  m('2000-04', 170620),
  m('2010-01', 30000, 1000),
  m('2019-05', 132860, 11480),
  m('2020-12', 71000, 4500),
  m('2021-01', 75320, 5690),
  m('2021-03', 169220, 18720),
  m('2021-06', 178650, 15020),
  m('2021-07', 200660, 18680),
];

export const DAYS: ShelterDay[] = [
  { date: '2021-03-23', inCare: 11551, discharged: 209 },
  { date: '2021-04-29', inCare: 22557, discharged: 580 },
  { date: '2021-05-20', inCare: 19000, discharged: null },
  { date: '2021-06-06', inCare: 16037, discharged: 566 },
  { date: '2021-06-07', inCare: 16264, discharged: 407 },
  { date: '2021-06-08', inCare: 16250, discharged: 300 },
  { date: '2021-09-01', inCare: 14000, discharged: 400 },
  { date: '2021-12-29', inCare: 11000, discharged: 350 },
];

export const ORIGIN: OriginRow[] = [
  { period: '2020-10/2021-05', citizenship: 'Honduras', count: 21074 },
  { period: '2020-10/2021-05', citizenship: 'Other', count: 3403 },
  { period: '2020-10/2021-05', citizenship: 'Guatemala', count: 30371 },
  { period: '2020-10/2021-05', citizenship: 'Mexico', count: 17552 },
  { period: '2021-10', citizenship: 'Guatemala', count: 5076 },
  { period: '2021-10', citizenship: 'Honduras', count: 3147 },
  { period: '2021-10', citizenship: 'Mexico', count: 2419 },
  { period: '2021-10', citizenship: 'Other', count: 469 },
];

export const VAX: VaxData = {
  countries: ['Guatemala', 'Mexico'],
  events: [
    { country: 'Mexico', date: '2021-03-19', event: 'announced', doses: 2700000, vaccine: 'AstraZeneca', channel: 'loan' },
    { country: 'Mexico', date: '2021-03-20', event: 'delivered', doses: 1500000, vaccine: 'AstraZeneca', channel: 'loan' },
    { country: 'Guatemala', date: '2021-06-03', event: 'announced', doses: 500000, vaccine: 'not specified', channel: 'donation' },
    { country: 'Mexico', date: '2021-06-03', event: 'announced', doses: 1000000, vaccine: 'Johnson & Johnson', channel: 'donation' },
    { country: 'Mexico', date: '2021-06-15', event: 'delivered', doses: 1350000, vaccine: 'Johnson & Johnson', channel: 'donation' },
    { country: 'Guatemala', date: '2021-07-08', event: 'delivered', doses: 1500000, vaccine: 'Moderna', channel: 'donation' },
    { country: 'Guatemala', date: '2021-07-20', event: 'delivered', doses: 3000000, vaccine: 'Moderna', channel: 'donation' },
  ],
};

const item = (id: string, date: string, amount: number | null, status: string, partOf = '', label = id) => ({ id, date, item: label, amount, status, partOf, scope: 'Guatemala' });

export const AID: AidData = {
  items: [
    item('plan', '2021-01-20', 4_000_000_000, 'proposal', '', 'Four-year plan'),
    item('aid-310m', '2021-04-26', 310_000_000, 'announced', '', 'Humanitarian and food aid'),
    item('humanitarian', '2021-04-26', 255_000_000, 'announced', 'aid-310m', 'Humanitarian relief'),
    item('usaid', '2021-04-26', 125_000_000, 'announced', 'humanitarian'),
    item('state', '2021-04-26', 130_000_000, 'announced', 'humanitarian'),
    item('food', '2021-04-26', 55_000_000, 'announced', 'aid-310m', 'Food security'),
    item('women', '2021-06-07', 40_000_000, 'announced'),
    item('labor', '2021-06-08', 130_000_000, 'announced'),
    item('target', '2021-06-08', 250_000_000, 'target'),
    item('package-2024', '2024-03-25', 170_000_000, 'announced'),
    item('usaid-2024', '2024-03-25', 135_000_000, 'announced', 'package-2024'),
  ],
  pledges: [
    { date: '2021-05-27', total: 750_000_000, partners: 12 },
    { date: '2023-02-06', total: 4_200_000_000, partners: null },
  ],
};
