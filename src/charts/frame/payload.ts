/**
 * The island's payload, typed from the server to the browser: the few words
 * and settings the page does not already carry (the data is in the chart's
 * table and SVG). Pure: shared by server and island.
 */
import type { Lang } from '../../lib/i18n.ts';
import type { View } from '../core/definition.ts';

export interface Payload {
  lang: Lang;
  options: Record<string, string>;
  /** Key of the point keyboard exploration starts from ("<series>|<table row>" on a line, "bar|<n>" for the n-th mark, "<n>" for the n-th row of a list). */
  start?: string | undefined;
  /** The words around the chart for each option value. */
  views?: Record<string, View> | undefined;
  /** Shown under a tooltip reached by keyboard. */
  hint: string;
}

/** JSON for a <script type="application/json"> block: `<` is escaped so the text can never close the element. */
export function writePayload(p: Payload): string {
  return JSON.stringify(p).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** Reads what writePayload wrote. */
export function readPayload(text: string): Payload {
  return JSON.parse(text);
}
