/**
 * The components an editor may use in an article, with the attributes each
 * takes. The content check validates every tag in the MDX against this list;
 * src/components/mdx.ts maps the same names to the components themselves.
 * The site's own components are listed here; the chart tags come from the
 * chart registry (src/charts/registry.ts), which adds them with
 * registerTags() when it loads, so lib never imports the charts.
 */
import { attributeValue, parseMdx, walk } from './content/mdx.ts';

export type AttrKind = 'figure' | 'source' | 'text' | { oneOf: readonly string[] };

export interface TagSpec {
  /** What it is, in a few words (used in messages). */
  what: string;
  attrs: Record<string, { kind: AttrKind; required: boolean }>;
  /** Datasets a chart draws, so the article's Sources section can list them. */
  datasets: readonly string[];
  example: string;
}

const BASE_TAGS = {
  Num: {
    what: 'a named figure from content/figures.yaml',
    attrs: { id: { kind: 'figure', required: true } },
    datasets: [],
    example: '<Num id="aid-310m" />',
  },
  Cite: {
    what: 'a source from content/sources.yaml, printed as its publisher and linked to the Sources section',
    attrs: { id: { kind: 'source', required: true } },
    datasets: [],
    example: '<Cite id="wapo-trip-preview-2021-06" />',
  },
  Timeline: {
    what: 'the dated timeline of 2021 (content/data/timeline-2021.csv)',
    attrs: {},
    datasets: ['timeline-2021'],
    example: '<Timeline />',
  },
  TripMap: { what: 'the map of the trip (stops in content/data/trip-stops.csv, days from the timeline)', attrs: {}, datasets: ['trip-stops', 'timeline-2021'], example: '<TripMap />' },
} as const satisfies Record<string, TagSpec>;

/** Every tag an editor may use: the site's own, then the charts'. */
export const MDX_TAGS: Record<string, TagSpec> = { ...BASE_TAGS };
/** The tags that came from the chart registry. */
export const CHART_TAGS = new Set<string>();
/** The charts that can lead a piece (frontmatter `hero: { chart }`): those that draw a thumbnail. */
export const LEAD_CHART_TAGS = new Set<string>();
let chartsRegistered = false;

/** Called once by src/charts/registry.ts with every chart kind's tag, and the names of those that can lead a piece. */
export function registerTags(tags: Record<string, TagSpec>, leads: readonly string[] = []): void {
  for (const [name, spec] of Object.entries(tags)) {
    if (Object.hasOwn(MDX_TAGS, name) && MDX_TAGS[name] !== spec) throw new Error(`Two components want the MDX tag <${name}>`);
    MDX_TAGS[name] = spec;
    CHART_TAGS.add(name);
  }
  for (const name of leads) LEAD_CHART_TAGS.add(name);
  chartsRegistered = true;
}

/** Stops a check that would call every chart tag unknown because the chart registry was never loaded. */
export function assertTagsRegistered(): void {
  if (!chartsRegistered) throw new Error('The chart tags are not registered: import src/charts/registry.ts before checking or reading content.');
}

export type TagName = string;

export function isTagName(name: string): boolean {
  return Object.hasOwn(MDX_TAGS, name);
}

export interface TagUse {
  name: string;
  attrs: Record<string, string>;
  line: number;
  column: number;
  /** The attribute text could not be read as name="value" pairs. */
  malformed: boolean;
}

/**
 * Every component tag in an MDX body, with its attributes and position, read by the build's own MDX parser
 * (a tag split over lines, or written with single quotes, is found like any other). `lineOffset` is added to
 * every line, for a body that starts below its frontmatter.
 */
export function findTags(body: string, lineOffset = 0): TagUse[] {
  const tree = parseMdx(body);
  const uses: TagUse[] = [];
  walk(tree, (n) => {
    if (n.type === 'code' || n.type === 'inlineCode') return false;
    if ((n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && n.name && /^[A-Z]/.test(n.name)) {
      const attrs: Record<string, string> = {};
      let malformed = false;
      for (const a of n.attributes ?? []) {
        const v = attributeValue(a);
        if ('value' in v && a.type === 'mdxJsxAttribute') attrs[a.name] = v.value;
        else malformed = true;
      }
      const start = n.position?.start ?? { line: 1, column: 1 };
      uses.push({ name: n.name, attrs, line: start.line + lineOffset, column: start.column, malformed });
    }
    return true;
  });
  return uses;
}
