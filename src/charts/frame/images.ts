/**
 * The chart images the frame's "Download the chart" links point to, one SVG
 * and one PNG per embeddable chart and language (the same list as the embed
 * pages), drawn at build time by src/pages/charts/ and src/pages/es/charts/.
 */
import { CHARTS } from '../registry.ts';
import { embedList, type Embed } from '../../lib/embeds.ts';
import { chartSvgStyles, drawChartPng, THEME } from '../../lib/chart-images.ts';
import { datasetSources, getDataset, getSource, sourcePublisher } from '../../lib/data.ts';
import { t, type Lang } from '../../lib/i18n.ts';
import { href } from '../../lib/links.ts';
import { exportChartSvg, type ExportedSvg } from './export.ts';

export async function chartImagePaths(lang: Lang) {
  return (await embedList(lang)).map((embed) => ({ params: { chart: embed.slug }, props: { embed, lang } }));
}

let styles: string | undefined;
const memo = new Map<string, ExportedSvg>();

/** The chart as a standalone SVG, as its frame draws it on the piece (same tag and attributes). */
export function chartSvg(embed: Embed, lang: Lang, site: URL | undefined): ExportedSvg {
  const key = `${lang}|${embed.slug}`;
  const hit = memo.get(key);
  if (hit) return hit;
  const def = CHARTS.find((c) => c.tag.name === embed.tag);
  if (!def) throw new Error(`No chart kind draws the tag <${embed.tag}>.`);
  const data = def.tag.datasets.map((d) => getDataset(d));
  const id = `chart-${embed.slug}`;
  const out = def.build({ lang, id, props: def.props(embed.attrs), data });
  const publishers: string[] = [];
  for (const ds of data)
    for (const sid of datasetSources(ds)) {
      const name = sourcePublisher(getSource(sid), lang).text;
      if (!publishers.includes(name)) publishers.push(name);
    }
  const count = new Set(data.flatMap((ds) => datasetSources(ds))).size;
  styles ??= chartSvgStyles();
  const result = exportChartSvg({
    siteName: t(lang, 'site.name'),
    title: out.title,
    takeaway: out.takeaway,
    surface: out.surface,
    source: `${t(lang, count > 1 ? 'chart.sources' : 'chart.source')}: ${publishers.join('; ')}`,
    url: new URL(href(embed.piece.path), site ?? 'https://example.org').href,
    styles,
    theme: THEME,
  });
  memo.set(key, result);
  return result;
}

export async function chartPng(embed: Embed, lang: Lang, site: URL | undefined): Promise<Buffer> {
  return (await drawChartPng(chartSvg(embed, lang, site).svg)).png;
}
