/**
 * Where a dataset is used, read from the pieces themselves: the chart tags
 * whose definitions draw it (charts/registry.ts), the other tags that read
 * it (the timeline, the map) and the named figures printed with <Num />.
 * Nothing here is kept by hand.
 */
import { CHARTS } from '../charts/registry.ts';
import { getArticles, slugOf, articlePath } from '../lib/articles.ts';
import { getDataset, getModel, figureLabel } from '../lib/data.ts';
import { MDX_TAGS, findTags } from '../lib/mdx-registry.ts';
import { href } from '../lib/links.ts';
import { t, type Lang } from '../lib/i18n.ts';

export interface DatasetUse {
  /** The piece's title and address. */
  title: string;
  path: string;
  /** What in it uses the dataset: a chart (by its title), the timeline or map, or a named figure. */
  items: { kind: 'chart' | 'figure' | 'other'; text: string; href: string }[];
}

const cache = new Map<Lang, Promise<Map<string, DatasetUse[]>>>();

async function build(lang: Lang): Promise<Map<string, DatasetUse[]>> {
  const model = getModel();
  const out = new Map<string, DatasetUse[]>();
  const titles = new Map<string, string>();
  for (const a of await getArticles(lang)) {
    const path = href(articlePath(lang, slugOf(a)));
    const perDataset = new Map<string, DatasetUse['items']>();
    const add = (ds: string, item: DatasetUse['items'][number]) => {
      const list = perDataset.get(ds) ?? [];
      if (!list.some((x) => x.href === item.href && x.text === item.text)) list.push(item);
      perDataset.set(ds, list);
    };
    const counts = new Map<string, number>();
    for (const use of findTags(a.body ?? '')) {
      const def = CHARTS.find((c) => c.tag.name === use.name);
      if (def) {
        // The same ids the page gives its charts: chart-<kind>, then chart-<kind>-2.
        const n = (counts.get(def.kind) ?? 0) + 1;
        counts.set(def.kind, n);
        const id = n === 1 ? `chart-${def.kind}` : `chart-${def.kind}-${n}`;
        const memo = `${lang}|${def.kind}|${JSON.stringify(use.attrs)}`;
        let title = titles.get(memo);
        if (title === undefined) {
          title = def.build({ lang, id, props: def.props(use.attrs), data: def.tag.datasets.map((d) => getDataset(d)) }).title;
          titles.set(memo, title);
        }
        for (const d of def.tag.datasets) add(d, { kind: 'chart', text: title, href: `${path}#${id}` });
        continue;
      }
      if (use.name === 'Num' && use.attrs.id) {
        const f = model.figures.get(use.attrs.id);
        if (f?.dataset) add(f.dataset, { kind: 'figure', text: figureLabel(f, lang), href: path });
        continue;
      }
      const spec = MDX_TAGS[use.name];
      if (spec) for (const d of spec.datasets) add(d, { kind: 'other', text: t(lang, use.name === 'TripMap' ? 'data.map' : 'data.timeline'), href: path });
    }
    const order = { chart: 0, other: 1, figure: 2 } as const;
    for (const [ds, items] of perDataset) {
      const list = out.get(ds) ?? [];
      // Charts first, then the timeline or map, then the figures printed in the text.
      list.push({ title: a.data.short_title ?? a.data.title, path, items: items.sort((x, y) => order[x.kind] - order[y.kind]) });
      out.set(ds, list);
    }
  }
  return out;
}

/** The pieces of a language that use each dataset, in reading order. */
export async function datasetUses(lang: Lang): Promise<Map<string, DatasetUse[]>> {
  let p = cache.get(lang);
  if (!p) cache.set(lang, (p = build(lang)));
  return p;
}
