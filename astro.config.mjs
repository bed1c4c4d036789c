// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import pagefindIndex from './src/integrations/pagefind.ts';
import curlyQuotes from './src/integrations/typography.ts';
import inlineCss from './src/integrations/inline-css.ts';
import { SITEMAP_LOCALES, withLastmod } from './src/lib/sitemap.ts';

// SITE and BASE come from the environment so the same build works on a custom
// domain (`BASE=/`) or as a project site under a sub-path (`BASE=/explainer/`).
const site = process.env.SITE ?? 'https://example.org';
const rawBase = process.env.BASE ?? '/';
const base = rawBase.endsWith('/') ? rawBase : `${rawBase}/`;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Stylesheets as files, which the browser caches from page to page; only the front pages
  // carry theirs inline (src/integrations/inline-css.ts adds their hashes to both policies).
  build: { format: 'directory', inlineStylesheets: 'never' },
  output: 'static',
  // Build caches (the content data store) stay inside the project, not in node_modules, so
  // projects that share one node_modules folder never read each other's content.
  cacheDir: './.cache/astro',
  i18n: {
    defaultLocale: 'en',
    locales: ['en', 'es'],
    routing: { prefixDefaultLocale: false },
  },
  // No syntax highlighter: Shiki's inline styles would break the CSP below.
  markdown: { syntaxHighlight: false },
  integrations: [
    mdx(),
    // Each English page is paired with its Spanish twin (xhtml:link hreflang), with lastmod from the pieces' dates.
    sitemap({
      i18n: { defaultLocale: 'en', locales: SITEMAP_LOCALES },
      serialize: withLastmod(process.cwd(), base),
      // Embed pages are charts for other sites to frame (noindex), not pages to search.
      filter: (page) => !/\/embed\//.test(new URL(page).pathname),
    }),
    // Curly quotes go into the finished HTML; the search index is written last, from it.
    curlyQuotes(),
    inlineCss(),
    pagefindIndex(),
  ],
  vite: {
    plugins: [tailwindcss()],
  },
  devToolbar: { enabled: false },
  // A strict policy on every page: Astro hashes the scripts and styles it
  // emits; nothing else may run, and nothing loads from another origin.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
