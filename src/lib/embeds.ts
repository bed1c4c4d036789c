/**
 * Embeds: every chart, alone on a page another site can frame, at
 * /embed/<chart>/ and /es/embed/<chart>/. This is the one place that knows how
 * embeds reach the charts: through the MDX registry (src/lib/mdx-registry.ts,
 * which names each chart tag and its datasets) and the tag -> component map
 * in src/components/mdx.ts. A chart gets an embed for each way an article of
 * that language places it (tag plus attributes), and links back to the first
 * such article in reading order.
 */
import { getArticles, slugOf, articlePath } from './articles.ts';
import { MDX_TAGS, findTags, isTagName, type TagName } from './mdx-registry.ts';
import type { Lang } from './i18n.ts';
import { localePath } from './links.ts';

export interface Embed {
  /** "aid", "encounters-children": the chart's name without "Chart", kebab-case, then its attribute values. */
  slug: string;
  tag: TagName;
  attrs: Record<string, string>;
  /** Site path of the embed page (without the base). */
  path: string;
  /** The piece the chart comes from. */
  piece: { title: string; path: string };
  /** Datasets the chart draws (for its source line). */
  datasets: readonly string[];
}

/** Fixed height, in CSS pixels, the host snippet gives the iframe before (or without) the resize script. */
export const EMBED_FALLBACK_HEIGHT = 720;

const isChart = (name: string): name is TagName => isTagName(name) && name.endsWith('Chart') && MDX_TAGS[name]!.datasets.length > 0;
const kebab = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

export function embedSlug(tag: string, attrs: Record<string, string>): string {
  const values = Object.keys(attrs)
    .sort()
    .map((k) => attrs[k]!)
    .filter((v) => v && v !== 'all');
  return [kebab(tag.replace(/Chart$/, '')), ...values.map(kebab)].join('-');
}

export async function embedList(lang: Lang): Promise<Embed[]> {
  const out = new Map<string, Embed>();
  for (const a of await getArticles(lang)) {
    for (const use of findTags(a.body ?? '')) {
      if (!isChart(use.name)) continue;
      const slug = embedSlug(use.name, use.attrs);
      if (out.has(slug)) continue;
      out.set(slug, {
        slug,
        tag: use.name,
        attrs: use.attrs,
        path: localePath(lang, `/embed/${slug}/`),
        piece: { title: a.data.title, path: `${articlePath(lang, slugOf(a))}#chart-${slug}` },
        datasets: MDX_TAGS[use.name]!.datasets,
      });
    }
  }
  return [...out.values()].sort((x, y) => x.slug.localeCompare(y.slug));
}

export async function embedPaths(lang: Lang) {
  return (await embedList(lang)).map((embed) => ({ params: { chart: embed.slug }, props: { embed } }));
}

/** The iframe snippet a host page pastes (absolute URLs). */
export function embedSnippet(embedUrl: string, hostScriptUrl: string, title: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return (
    `<iframe src="${esc(embedUrl)}" title="${esc(title)}" data-rc-embed width="100%" height="${EMBED_FALLBACK_HEIGHT}" ` +
    `style="width:100%;border:0" loading="lazy"></iframe>\n<script async src="${esc(hostScriptUrl)}"></script>`
  );
}
