/**
 * Finds numbers typed by hand into text that should print a named figure:
 * amounts of three or more digits, money, percentages and "1.5 million".
 * Years (1980-2039) and day numbers after a month name are allowed.
 */
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre';

/** Numbers an editor typed into prose that should come from a named figure. */
export function handTypedFigures(prose: string): { line: number; column: number; text: string }[] {
  const found: { line: number; column: number; text: string }[] = [];
  prose.split('\n').forEach((line, i) => {
    const patterns: RegExp[] = [
      /(?:US)?\$\s?\d[\d,.]*(?:\s?(?:million|billion|trillion|[MBK]\b))?/g,
      /\b\d[\d,.]*\s?(?:million|billion|trillion|millones|mil millones|millón)\b/gi,
      /\b\d[\d,.]*\s?(?:%|percent\b|por ciento\b)/gi,
      /\b\d[\d,.]*\s?(?:dólares|dollars)\b/gi,
      /(?<![\w-])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w])/g,
      /(?<![\w.,-])\d{3,}(?:\.\d+)?(?![\w,-]*\d)/g,
    ];
    const taken: [number, number][] = [];
    for (const re of patterns) {
      for (const m of line.matchAll(re)) {
        const start = m.index ?? 0;
        const end = start + m[0].length;
        if (taken.some(([a, b]) => start < b && end > a)) continue;
        const t = m[0];
        // A year on its own (1990-2039), possibly after a month name, is allowed.
        if (/^(19[89]\d|20[0-3]\d)$/.test(t)) continue;
        const beforeText = line.slice(0, start);
        if (/^\d+$/.test(t) && new RegExp(`(?:${MONTHS})\\s+\\d{1,2},?\\s*$`, 'i').test(beforeText)) continue;
        taken.push([start, end]);
        found.push({ line: i + 1, column: start + 1, text: t.trim() });
      }
    }
  });
  return found.sort((a, b) => a.line - b.line || a.column - b.column);
}

