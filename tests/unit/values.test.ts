import { describe, it, expect } from 'vitest';
import { checkContent } from '../../src/lib/content/load.ts';
import { kindRule, checkSeries, readCell } from '../../src/lib/content/values.ts';
import { parseYaml, yamlProblem } from '../../src/lib/content/yaml-lines.ts';
import { parseCsv } from '../../src/lib/content/csv.ts';
import type { Column, Row } from '../../src/lib/content/model.ts';
import type { Problem } from '../../src/lib/content/problems.ts';

const col = (name: string, kind: Column['kind'], extra: Partial<Column> = {}): Column => ({
  name,
  kind,
  type: kind === 'count' || kind === 'year' || kind === 'fiscal-year' ? 'integer' : kind === 'share' || kind === 'percent' || kind === 'number' ? 'number' : (kind as Column['type']),
  label: name,
  labelEs: name,
  required: true,
  ...extra,
});

describe('the real datasets declare what their values are', () => {
  const { model } = checkContent(process.cwd());
  for (const ds of model.datasets.values()) {
    it(`${ds.id}: every column has a kind; dated tables have a period and an order`, () => {
      expect(ds.columns.every((c) => c.kind !== undefined)).toBe(true);
      const dated = ds.columns.some((c) => c.kind === 'date' || c.kind === 'month' || c.kind === 'day-or-month');
      if (dated) {
        expect(ds.period, 'period').toBeDefined();
        expect(ds.order.length, 'order').toBeGreaterThan(0);
      }
    });
  }
  it('every count column really holds counts: whole numbers of zero or more', () => {
    for (const ds of model.datasets.values())
      for (const c of ds.columns.filter((c) => c.kind === 'count'))
        for (const r of ds.rows) if (r[c.name] !== null) expect(Number.isInteger(r[c.name]) && (r[c.name] as number) >= 0, `${ds.id} ${c.name}`).toBe(true);
  });
});

describe('values judged by their kind', () => {
  it('a share above 1 is refused with the fraction to write', () => {
    expect(kindRule(38, 'share')?.error?.fix).toMatch(/^write 0\.38:/);
    expect(kindRule(0.38, 'share')).toBeNull();
    expect(kindRule(1, 'share')).toBeNull();
    expect(kindRule(-0.1, 'share')?.error).toBeDefined();
  });
  it('a percent typed as a fraction is a warning, not an error', () => {
    const r = kindRule(0.38, 'percent');
    expect(r?.error).toBeUndefined();
    expect(r?.warning?.fix).toContain('write 38');
    expect(kindRule(38, 'percent')).toBeNull();
    expect(kindRule(138, 'percent')?.error).toBeDefined();
  });
  it('a count is a whole number of zero or more', () => {
    expect(kindRule(-22557, 'count')?.error?.fix).toContain('22557');
    expect(kindRule(1.5, 'count')?.error).toBeDefined();
    expect(kindRule(0, 'count')).toBeNull();
  });
  it('a year has four digits', () => {
    expect(kindRule(221, 'fiscal-year')?.error).toBeDefined();
    expect(kindRule(2021, 'year')).toBeNull();
  });
  it('"n/a" in a number column asks for an empty cell, and mentions required only when the column needs it', () => {
    expect(readCell('n/a', col('x', 'count', { required: false }), null).error?.fix).toBe('write nothing (leave the cell empty) for a missing value');
    expect(readCell('n/a', col('x', 'count'), null).error?.fix).toContain('"required: false"');
  });
  it('a column\'s own min and max apply', () => {
    expect(readCell('146.2', col('lat', 'number', { min: -90, max: 90 }), null).error?.message).toContain('above the column\'s maximum of 90');
    expect(readCell('-14.6', col('lat', 'number', { min: -90, max: 90 }), null).error).toBeUndefined();
  });
});

describe('rows across a table', () => {
  const date = col('date', 'date');
  const n = col('n', 'count');
  const run = (values: number[], extra: Partial<Column> = {}, dates?: string[]) => {
    const columns = [date, { ...n, ...extra }];
    const rows: Row[] = values.map((v, i) => ({ date: dates?.[i] ?? `2021-05-${String(i + 1).padStart(2, '0')}`, n: v }));
    const problems: Problem[] = [];
    checkSeries({ csvFile: 'x.csv', columns, key: ['date'], rows, lines: rows.map((_, i) => i + 2), period: { start: '2021-05', end: '2021-05' }, order: ['date'], invalidRows: new Set() }, problems);
    return problems;
  };
  it('warns once about a value ten times its neighbours, at its own line', () => {
    const p = run([100, 110, 1050, 105, 98]);
    expect(p.map((x) => [x.line, x.severity])).toEqual([[4, 'warning']]);
  });
  it('at either end of a series, compares with the two nearest values', () => {
    expect(run([1000, 100, 105, 98]).map((x) => x.line)).toEqual([2]);
    expect(run([100, 1000, 105, 98]).map((x) => x.line)).toEqual([3]);
  });
  it('says nothing about a jump declared real, or within the column\'s ratio, or in a series too short to judge', () => {
    expect(run([100, 110, 1050, 105], { outliersOk: ['2021-05-03'] })).toEqual([]);
    expect(run([100, 110, 1050, 105], { outlierRatio: 20 })).toEqual([]);
    expect(run([12, 77])).toEqual([]);
  });
  it('refuses a date outside the period and a row out of order, as errors', () => {
    const p = run([1, 2, 3], {}, ['2021-05-01', '2012-05-02', '2021-05-03']);
    expect(p.map((x) => [x.line, x.severity, x.message.includes('outside the dataset\'s period')])).toEqual([[3, undefined, true]]);
    const q = run([1, 2, 3], {}, ['2021-05-01', '2021-05-09', '2021-05-03']);
    expect(q.map((x) => [x.line, x.message.startsWith('is out of order')])).toEqual([[4, true]]);
  });
});

describe('YAML and CSV as editors save them', () => {
  it('says "tab", "unclosed quote" and "bad indentation" in words, once per file', () => {
    const tab = yamlProblem('f.yaml', parseYaml('- id: a\n\tlabel: x\n- id: b\n'));
    expect([tab?.line, tab?.message]).toEqual([2, 'has a tab character in the indentation (YAML only allows spaces for indentation)']);
    const quote = yamlProblem('f.yaml', parseYaml('- id: a\n  label: "x\n  kind: count\n- id: b\n'));
    expect([quote?.line, quote?.message.startsWith('has an unclosed quote')]).toEqual([2, true]);
    const indent = yamlProblem('f.yaml', parseYaml('- id: a\n  label: x\n   kind: count\n'));
    expect([indent?.line, indent?.message.startsWith('has bad indentation')]).toEqual([3, true]);
  });
  it('reads a byte-order mark and CRLF line endings silently, with lines counted as the editor sees them', () => {
    const y = parseYaml('\uFEFF- id: a\r\n  label: x\r\n  kind: count\r\n');
    expect(yamlProblem('f.yaml', y)).toBeNull();
    expect(y.pos([0, 'kind'])).toEqual({ line: 3, column: 9 });
    const csv = parseCsv('\uFEFFa,b\r\n1,2\r\n3,4\r\n');
    expect(csv.rows.map((r) => [r.line, ...r.cells])).toEqual([[1, 'a', 'b'], [2, '1', '2'], [3, '3', '4']]);
  });
});
