/** The site icon as a square PNG, for the publisher logo in structured data. */
import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const LOGO_SIZE = 512;
export const LOGO_PATH = '/logo.png';

export function logoPng(root = process.cwd()): Uint8Array<ArrayBuffer> {
  const svg = readFileSync(join(root, 'public/favicon.svg'), 'utf8');
  return new Uint8Array(new Resvg(svg, { fitTo: { mode: 'width', value: LOGO_SIZE }, font: { loadSystemFonts: false } }).render().asPng());
}
