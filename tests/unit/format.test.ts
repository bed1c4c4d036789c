import { describe, it, expect } from 'vitest';
import { formatCount, formatCompact, formatMoney, formatShare, formatDate, formatMonth, formatFigure, parseIsoDate, formatMoneyShort } from '../../src/lib/format.ts';

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
  it('formats short money for axes', () => {
    expect(formatMoneyShort(4000000000, 'en')).toBe('$4B');
  });
  it('formats shares and percents', () => {
    expect(formatShare(0.38, 'en')).toBe('38%');
    expect(formatShare(0.38, 'es')).toMatch(/^38\s?%$/);
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
