/**
 * The island's payload, typed from the chart definition to the browser: the
 * server writes Payload<D> for a kind's data type D, and the kind's island.ts
 * reads the same Payload<D>. Pure: shared by server and island.
 */
import type { Lang } from '../../lib/i18n.ts';
import type { View } from '../core/definition.ts';

export interface Payload<D> {
  data: D;
  lang: Lang;
  options: Record<string, string>;
  /** The words around the chart for each option value. */
  views?: Record<string, View> | undefined;
  /** Shown under a tooltip reached by keyboard. */
  hint: string;
}

/** JSON for a <script type="application/json"> block: `<` is escaped so the text can never close the element. */
export function writePayload<D>(p: Payload<D>): string {
  return JSON.stringify(p).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** Reads what writePayload wrote. */
export function readPayload<D>(text: string): Payload<D> {
  return JSON.parse(text);
}
