/**
 * The one base-aware link helper. Every internal href and asset URL goes
 * through `href()`, so the site works at `/` and under a sub-path such as
 * `/explainer/` alike.
 */

/** Join the configured base with a site-relative path. */
export function withBase(path: string, base: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//') || path.startsWith('#')) {
    return path;
  }
  const b = base.endsWith('/') ? base : `${base}/`;
  const p = path.replace(/^\/+/, '');
  return `${b}${p}`;
}

/** A site path under the base of this build (import.meta.env.BASE_URL). */
export function href(path: string): string {
  return withBase(path, import.meta.env.BASE_URL ?? '/');
}

/** A site path in a language: "/sources/" -> "/es/sources/" for Spanish. */
export function localePath(lang: 'en' | 'es', path: string): string {
  return lang === 'en' ? path : `/${lang}${path.startsWith('/') ? path : `/${path}`}`;
}
