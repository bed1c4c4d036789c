/** Aid chart in the browser: its HTML rows carry their words; the island adds tooltips and keys. */
import { enhanceList } from '../frame/island/core.ts';

export const enhance = enhanceList;
