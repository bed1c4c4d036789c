/**
 * Text measurement without a DOM: an estimate from per-character widths of a
 * common sans-serif (Helvetica/Arial metrics), scaled so that it still covers
 * DejaVu Sans, the widest common system font (checked in Chromium: actual
 * width / estimate is about 0.98 regular and bold). Labels are wrapped or
 * shortened against this, so they err on the short side rather than overflow.
 */

const NARROW = new Set([...'iljtf.,:;!|\'’ ']);
const SEMI = new Set([...'r()[]-/‐']);
const WIDE_LOWER = new Set([...'mw']);
const WIDE_UPPER = new Set([...'MW%']);

function charWidth(ch: string): number {
  if (NARROW.has(ch)) return 0.28;
  if (SEMI.has(ch)) return 0.34;
  if (WIDE_LOWER.has(ch)) return 0.82;
  if (WIDE_UPPER.has(ch)) return 0.9;
  if (ch === 'I') return 0.3;
  if (ch >= '0' && ch <= '9') return 0.56;
  if (ch === '—') return 1;
  if (ch.toUpperCase() === ch && ch.toLowerCase() !== ch) return 0.68;
  return 0.56;
}

/** Estimated width in px of `s` at `size` px (bold adds 13%). */
export function textWidth(s: string, size: number, bold = false): number {
  let w = 0;
  for (const ch of s) w += charWidth(ch);
  return w * size * 1.13 * (bold ? 1.13 : 1);
}

/** Shortens `s` with an ellipsis so it fits `max` px. */
export function truncate(s: string, max: number, size: number, bold = false): string {
  if (textWidth(s, size, bold) <= max) return s;
  const chars = [...s];
  while (chars.length > 0 && textWidth(chars.join('').trimEnd() + '…', size, bold) > max) chars.pop();
  return chars.length ? chars.join('').trimEnd() + '…' : '';
}

/**
 * Breaks `s` into at most `maxLines` lines of at most `max` px; the last line
 * is shortened with an ellipsis when the text does not fit.
 */
export function wrap(s: string, max: number, size: number, maxLines = 2, bold = false): string[] {
  const words = s.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, size, bold) <= max || !line) {
      line = candidate;
      continue;
    }
    lines.push(line);
    line = word;
    if (lines.length === maxLines - 1) {
      line = words.slice(i).join(' ');
      break;
    }
  }
  if (line) lines.push(line);
  return lines.slice(0, maxLines).map((l, i, all) => (i === all.length - 1 || textWidth(l, size, bold) > max ? truncate(l, max, size, bold) : l));
}
