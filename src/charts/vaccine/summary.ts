/** Vaccine chart words built from the data: takeaway, notes, legend, table. Server only. */
import type { Lang } from '../../lib/i18n.ts';
import { coreCopy, coreLabels, countryName } from '../core/strings.ts';
import { words } from './strings.ts';
import { EVENTS } from '../core/events.ts';
import { DAY, formatCompact, formatCount, formatDayRangeShort, formatMonth, formatMonthDay, time } from '../../lib/format.ts';
import { bandSwatch, boxSwatch, hatchSwatch, type LegendItem } from '../core/legend.ts';
import type { TableSpec } from '../core/table.ts';
import { VACCINE_DATASET, type VaxData } from './data.ts';

/** Announcements made within a week of the trip. */
export function tripAnnouncements(data: VaxData) {
  const from = time(EVENTS.tripStart) - 7 * DAY;
  const to = time(EVENTS.tripEnd) + 7 * DAY;
  return data.events
    .filter((e) => e.event === 'announced' && e.doses !== null && time(e.date) >= from && time(e.date) <= to)
    .sort((a, b) => data.countries.indexOf(a.country) - data.countries.indexOf(b.country));
}

/** Each announcement near the trip with the first delivery that followed it. */
function firstDeliveries(data: VaxData) {
  return tripAnnouncements(data).map((a) => ({ a, d: data.events.find((e) => e.country === a.country && e.event === 'delivered' && e.date > a.date && e.doses !== null) }));
}

export function vaccineTitle(data: VaxData, lang: Lang): string {
  const s = { ...coreLabels(lang), ...coreCopy(lang), vax: words(lang) }.vax;
  const pairs = firstDeliveries(data);
  if (!pairs.length || pairs.some((p) => !p.d)) return s.name;
  const exceeded = pairs.every((p) => p.d!.doses! >= p.a.doses!);
  const short = pairs.every((p) => p.d!.doses! < p.a.doses!);
  return exceeded || short ? s.title(exceeded) : s.name;
}

export function vaccineDescription(data: VaxData, lang: Lang): string {
  return { ...coreLabels(lang), ...coreCopy(lang), vax: words(lang) }.vax.desc(formatCount(data.countries.length, lang));
}

export function vaccineTakeaway(data: VaxData, lang: Lang): string {
  const s = { ...coreLabels(lang), ...coreCopy(lang), vax: words(lang) }.vax;
  const near = tripAnnouncements(data);
  if (!near.length) return '';
  const announced = near.map((a) => s.forCountry(formatCompact(a.doses!, lang), countryName(a.country, lang), data.events.some((e) => e.country === a.country && e.date < a.date)));
  const deliveries = near
    .map((a) => data.events.find((e) => e.country === a.country && e.event === 'delivered' && e.date > a.date && e.doses !== null))
    .filter((e) => e !== undefined)
    .map((e) => s.firstDelivery(formatCompact(e.doses!, lang), countryName(e.country, lang), formatMonthDay(e.date, lang)));
  const loan = data.events.find((e) => e.channel === 'loan' && e.doses !== null);
  const loanText = loan ? s.loanClause(countryName(loan.country, lang), formatCompact(loan.doses!, lang), formatMonth(loan.date.slice(0, 7), lang)) : '';
  return s.takeaway(s.list(announced), deliveries.length ? s.list(deliveries) : '', loanText);
}

export function vaccineNotes(lang: Lang): string[] {
  return [{ ...coreLabels(lang), ...coreCopy(lang), vax: words(lang) }.vax.noteEvents];
}

export function vaccineLegend(data: VaxData, lang: Lang): LegendItem[] {
  const s = { ...coreLabels(lang), ...coreCopy(lang), vax: words(lang) };
  const items: LegendItem[] = [
    { swatch: boxSwatch('vax-announced'), label: s.vax.announced },
    { swatch: boxSwatch('vax-delivered'), label: s.vax.delivered },
  ];
  if (data.events.some((e) => e.channel === 'loan')) items.push({ swatch: hatchSwatch('vax-loan', 'vax-hatch-line', 'vax-hatch-bg'), label: s.vax.loan });
  items.push({ swatch: bandSwatch('ch-trip-band'), label: s.tripDays(formatDayRangeShort(EVENTS.tripStart, EVENTS.tripEnd, lang)) });
  return items;
}

export function vaccineTable(data: VaxData, lang: Lang): TableSpec {
  const s = { ...coreLabels(lang), ...coreCopy(lang), vax: words(lang) };
  const ev = (e: string) => (e === 'announced' ? s.vax.eventAnnounced : s.vax.eventDelivered);
  return {
    caption: s.tableCaption(s.vax.name),
    datasetId: VACCINE_DATASET,
    columns: [
      { label: s.vax.cols.country, kind: 'text' },
      { label: s.vax.cols.date, kind: 'date' },
      { label: s.vax.cols.event, kind: 'text' },
      { label: s.vax.cols.doses, kind: 'count' },
      { label: s.vax.cols.vaccine, kind: 'text' },
      { label: s.vax.cols.channel, kind: 'text' },
    ],
    rows: data.countries.flatMap((c) =>
      data.events.filter((e) => e.country === c).map((e) => [countryName(c, lang), e.date, ev(e.event), e.doses, s.vax.vaccineName(e.vaccine), s.vax.channel[e.channel] ?? e.channel]),
    ),
  };
}
