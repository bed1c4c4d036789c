/** Aid chart in the browser: HTML rows need no re-layout; the island adds tooltips and keys. */
import { enhanceList } from '../frame/island/core.ts';
import type { AidData } from './data.ts';
import { layoutAid } from './layout.ts';

export function enhance(host: HTMLElement): void {
  enhanceList<AidData>(host, layoutAid);
}
