// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import pagefindIndex from './src/integrations/pagefind.ts';
import curlyQuotes from './src/integrations/typography.ts';

// SITE and BASE come from the environment so the same build works on a custom
// domain (`BASE=/`) or as a project site under a sub-path (`BASE=/explainer/`).
const site = process.env.SITE ?? 'https://example.org';
const rawBase = process.env.BASE ?? '/';
const base = rawBase.endsWith('/') ? rawBase : `${rawBase}/`;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Stylesheets as files, never inline, so one policy in public/_headers fits every page.
  build: { format: 'directory', inlineStylesheets: 'never' },
  output: 'static',
  i18n: {
    defaultLocale: 'en',
    locales: ['en', 'es'],
    routing: { prefixDefaultLocale: false },
  },
  // No syntax highlighter: Shiki's inline styles would break the CSP below.
  markdown: { syntaxHighlight: false },
  // The sitemap pairs each page with its other-language twin (/x/ and /es/x/);
  // curly quotes go into the finished HTML, and the search index is written last, from it.
  integrations: [
    mdx(),
    sitemap({ i18n: { defaultLocale: 'en', locales: { en: 'en', es: 'es' } } }),
    curlyQuotes(),
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
