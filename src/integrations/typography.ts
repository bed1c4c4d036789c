/**
 * Curly quotes on every built page (see src/lib/typography.ts). Runs after
 * Astro has written the HTML and before the search index is built, so
 * search excerpts read the same text as the page.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { curlyQuotesHtml } from '../lib/typography.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? htmlFiles(p) : p.endsWith('.html') ? [p] : [];
  });
}

export default function curlyQuotes(): AstroIntegration {
  return {
    name: 'curly-quotes',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        let changed = 0;
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const out = curlyQuotesHtml(html);
          if (out !== html) {
            writeFileSync(file, out);
            changed++;
          }
        }
        logger.info(`curly quotes: ${changed} pages touched`);
      },
    },
  };
}
