import { describe, it, expect } from 'vitest';
import { formatCount, formatCompact, formatMoney, formatShare, formatDate, formatMonth, formatFigure, parseIsoDate, formatMoneyShort, formatCountShort, formatCountShort3, formatCountOf } from '../../src/lib/format.ts';

/** Short forms keep number and unit together with a no-break space; tests write it as a plain space. */
const plain = (s: string) => s.replace(/\u00a0/g, ' ');

describe('numbers in English and Spanish', () => {
  it('formats counts', () => {
    expect(formatCount(22557, 'en')).toBe('22,557');
    expect(formatCount(22557, 'es')).toBe('22,557');
    expect(formatCount(1734686, 'en')).toBe('1,734,686');
  });
  it('formats round amounts compactly', () => {
    expect(formatCompact(1500000, 'en')).toBe('1.5 million');
    expect(formatCompact(1500000, 'es')).toBe('1.5 millones');
    expect(formatCompact(500000, 'en')).toBe('500,000');
    expect(formatCompact(500000, 'es')).toBe('500,000');
  });
  it('formats money in prose style', () => {
    expect(formatMoney(310000000, 'en')).toBe('$310 million');
    expect(formatMoney(4000000000, 'en')).toBe('$4 billion');
    expect(formatMoney(310000000, 'es')).toBe('310 millones de dólares');
    expect(formatMoney(4000000000, 'es')).toBe('4 mil millones de dólares');
    expect(formatMoney(1200000000, 'en')).toBe('$1.2 billion');
    expect(formatMoney(40000, 'en')).toBe('$40,000');
    expect(formatMoney(310000000, 'en', 'full')).toBe('$310,000,000');
  });
  it('writes Spanish numbers as es-419 does: comma for thousands, point for decimals', () => {
    expect(formatCount(1734686, 'es')).toBe('1,734,686');
    expect(formatCompact(2720000, 'es')).toBe('2.72 millones');
    expect(formatCompact(1000000, 'es')).toBe('1 millón');
    expect(formatMoney(19500000, 'es')).toBe('19.5 millones de dólares');
    expect(formatMoney(1900000000, 'es')).toBe('1.9 mil millones de dólares');
    expect(formatMoney(40000, 'es')).toBe('40,000 dólares');
  });
  it('puts "de" between millón/millones and a noun in Spanish, and nothing in English', () => {
    expect(formatCountOf(1000000, 'dosis', 'es')).toBe('1 millón de dosis');
    expect(formatCountOf(1500000, 'dosis', 'es')).toBe('1.5 millones de dosis');
    expect(formatCountOf(500000, 'dosis', 'es')).toBe('500,000 dosis');
    expect(formatCountOf(1000000, 'doses', 'en')).toBe('1 million doses');
  });
  it('formats short money for axes, one abbreviation per language', () => {
    expect(formatMoneyShort(4000000000, 'en')).toBe('$4B');
    expect(formatMoneyShort(310000000, 'en')).toBe('$310M');
    expect(formatMoneyShort(40000, 'en')).toBe('$40K');
    expect(plain(formatMoneyShort(4000000000, 'es'))).toBe('US$4 mil M');
    expect(plain(formatMoneyShort(310000000, 'es'))).toBe('US$310 M');
    expect(plain(formatMoneyShort(40000, 'es'))).toBe('US$40 mil');
  });
  it('uses the same unit for every short count in a language (no "5 K" beside "10 k")', () => {
    const ticks = [5000, 10000, 15000, 20000, 25000, 180000];
    expect(ticks.map((v) => formatCountShort(v, 'en'))).toEqual(['5K', '10K', '15K', '20K', '25K', '180K']);
    expect(ticks.map((v) => plain(formatCountShort(v, 'es')))).toEqual(['5 mil', '10 mil', '15 mil', '20 mil', '25 mil', '180 mil']);
    expect(formatCountShort(1500000, 'en')).toBe('1.5M');
    expect(plain(formatCountShort(1500000, 'es'))).toBe('1.5 M');
    expect(plain(formatCountShort(4000000000, 'es'))).toBe('4 mil M');
    expect(formatCountShort(0, 'es')).toBe('0');
    expect(formatCountShort(999960, 'en')).toBe('1M');
  });
  it('labels marks with three significant digits in the same units', () => {
    expect(formatCountShort3(1750000, 'en')).toBe('1.75M');
    expect(plain(formatCountShort3(1750000, 'es'))).toBe('1.75 M');
    expect(plain(formatCountShort3(500000, 'es'))).toBe('500 mil');
    expect(formatCountShort3(1350000, 'en')).toBe('1.35M');
  });
  it('formats shares and percents', () => {
    expect(formatShare(0.38, 'en')).toBe('38%');
    expect(formatShare(0.38, 'es')).toBe('38%');
    expect(formatFigure(62, 'percent', 'en')).toBe('62%');
  });
  it('formats figures by kind', () => {
    expect(formatFigure(22557, 'count', 'en')).toBe('22,557');
    expect(formatFigure(1500000, 'count', 'en', 'compact')).toBe('1.5 million');
    expect(formatFigure(310000000, 'money', 'es')).toBe('310 millones de dólares');
  });
});

describe('dates in English and Spanish', () => {
  it('formats days without time-zone drift', () => {
    expect(formatDate('2021-06-06', 'en')).toBe('June 6, 2021');
    expect(formatDate('2021-06-06', 'es')).toBe('6 de junio de 2021');
    expect(formatDate('2021-01-01', 'en')).toBe('January 1, 2021');
  });
  it('formats months', () => {
    expect(formatMonth('2000-03', 'en')).toBe('March 2000');
    expect(formatMonth('2000-03', 'es')).toBe('marzo de 2000');
  });
  it('rejects malformed dates', () => {
    expect(() => parseIsoDate('06/06/2021')).toThrow(/Not an ISO date/);
  });
});
