import { describe, it, expect } from 'vitest';
import { parseWhen, showWhen, sortByWhen } from '../../src/lib/timeline.ts';
import { readCell, type Column } from '../../src/lib/content/model.ts';
import { checkContent } from '../../src/lib/content/load.ts';

const col: Column = { name: 'date', type: 'day-or-month', label: 'Date', labelEs: 'Fecha', required: true };

describe('timeline dates: a day or a month', () => {
  it('reads a full date as a day and YYYY-MM as a month', () => {
    expect(parseWhen('2021-07-08')).toEqual({ precision: 'day', iso: '2021-07-08' });
    expect(parseWhen('2021-07')).toEqual({ precision: 'month', iso: '2021-07' });
  });

  it('refuses dates and months that do not exist or are written another way', () => {
    for (const bad of ['2021-13', '2021-02-30', '2021-7', 'July 2021', '07/2021', '2021']) expect(parseWhen(bad)).toBeUndefined();
  });

  it('the content check accepts both forms in a day-or-month column and explains the fix otherwise', () => {
    expect(readCell('2021-07', col, null).error).toBeUndefined();
    expect(readCell('2021-07-08', col, null).error).toBeUndefined();
    const e = readCell('2021-07-xx', col, null).error;
    expect(e?.message).toBe('value "2021-07-xx" in column "date" is not a date written as YYYY-MM-DD, nor a month written as YYYY-MM');
    expect(e?.fix).toContain('write the month alone, for example 2021-07');
  });

  it('puts a month-only event after every dated event of that month, and before the next month', () => {
    const rows = ['2021-08-01', '2021-07', '2021-07-31', '2021-06-30', '2021-07-08', '2021-07-01'].map((date) => ({ date }));
    expect(sortByWhen(rows, (r) => r.date).map((r) => r.date)).toEqual(['2021-06-30', '2021-07-01', '2021-07-08', '2021-07-31', '2021-07', '2021-08-01']);
  });

  it('keeps the file order for events on the same date', () => {
    const rows = [{ date: '2021-07', n: 1 }, { date: '2021-06-07', n: 2 }, { date: '2021-07', n: 3 }, { date: '2021-06-07', n: 4 }];
    expect(sortByWhen(rows, (r) => r.date).map((r) => r.n)).toEqual([2, 4, 1, 3]);
  });

  it('refuses to sort a date it cannot read rather than guessing', () => {
    expect(() => sortByWhen([{ date: '2021-07-01' }, { date: 'mid-July' }], (r) => r.date)).toThrow('timeline date "mid-July" is not YYYY-MM-DD or YYYY-MM');
  });

  it('shows a month as the month alone, in both languages, with a month datetime', () => {
    expect(showWhen(parseWhen('2021-07')!, 'en')).toEqual({ text: 'July 2021', datetime: '2021-07' });
    expect(showWhen(parseWhen('2021-07')!, 'es')).toEqual({ text: 'julio de 2021', datetime: '2021-07' });
    expect(showWhen(parseWhen('2021-07-08')!, 'en')).toEqual({ text: 'July 8, 2021', datetime: '2021-07-08' });
  });

  it('the 2021 timeline gives the root-causes strategy its month only and lists it after July 8', () => {
    const ds = checkContent(process.cwd()).model.datasets.get('timeline-2021')!;
    expect(ds.columns.find((c) => c.name === 'date')?.type).toBe('day-or-month');
    const order = sortByWhen(ds.rows, (r) => String(r.date)).map((r) => String(r.date));
    const strategy = ds.rows.find((r) => /root causes/i.test(String(r.event)));
    expect(strategy?.date).toBe('2021-07');
    expect(order.indexOf('2021-07')).toBeGreaterThan(order.indexOf('2021-07-08'));
  });
});
