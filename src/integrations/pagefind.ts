/**
 * Builds the Pagefind search index after Astro has written the site, so
 * `npm run build` and `npm run build:base` both ship it in their output
 * folder. Pagefind reads each page's <html lang> and writes one index per
 * language; only elements marked data-pagefind-body (articles and site pages)
 * are indexed, so the front page, lists and the search page itself stay out.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { rechunk } from './pagefind-chunks.ts';

/**
 * Word positions per index chunk (Pagefind's own is 20,000, about 32 KB here). A first query loads one chunk
 * besides Pagefind's script and WebAssembly (about 73 KB) and its first results, so chunks of 9 KB or less keep it
 * within 100 KB whichever word is asked for.
 */
const CHUNK_POSITIONS = 3000;

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // Charts (drawing, table, notes) repeat what the prose says; leaving them out keeps excerpts readable
        // and each result's fragment small, so a first query stays within its 100 KB budget.
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['figure', 'svg', 'table', '.sr-only'] });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        const chunks = rechunk(`${outDir}/pagefind`, CHUNK_POSITIONS);
        const sizes = chunks.map((c) => `${c.lang} ${c.after} chunks, largest ${(c.largest / 1024).toFixed(1)} KB`).join('; ');
        logger.info(`search index: ${added.page_count} pages (${sizes})`);
      },
    },
  };
}
