/**
 * The components an editor may use in an article, with the attributes each
 * takes. The content check validates every tag in the MDX against this list;
 * src/components/mdx.ts maps the same names to the components themselves.
 */
export type AttrKind = 'figure' | 'source' | 'text' | { oneOf: readonly string[] };

export interface TagSpec {
  /** What it is, in a few words (used in messages). */
  what: string;
  attrs: Record<string, { kind: AttrKind; required: boolean }>;
  /** Datasets a chart draws, so the article's Sources section can list them. */
  datasets: readonly string[];
  example: string;
}

export const MDX_TAGS = {
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
  AidChart: {
    what: 'the aid pledges chart',
    attrs: {},
    datasets: ['aid-announcements', 'call-to-action-commitments'],
    example: '<AidChart />',
  },
  VaccineChart: {
    what: 'the vaccine doses chart',
    attrs: {},
    datasets: ['vaccine-doses-2021'],
    example: '<VaccineChart />',
  },
  EncountersChart: {
    what: 'the monthly border encounters chart',
    attrs: { series: { kind: { oneOf: ['all', 'children'] }, required: false } },
    datasets: ['usbp-sw-encounters-monthly'],
    example: '<EncountersChart series="all" />',
  },
  SheltersChart: {
    what: 'the children in HHS shelters chart',
    attrs: {},
    datasets: ['hhs-children-in-care-2021'],
    example: '<SheltersChart />',
  },
  OriginChart: {
    what: 'the unaccompanied children by country chart',
    attrs: {},
    datasets: ['uc-by-citizenship'],
    example: '<OriginChart />',
  },
  TripMap: { what: 'the map of the trip (stops in content/data/trip-stops.csv, days from the timeline)', attrs: {}, datasets: ['trip-stops', 'timeline-2021'], example: '<TripMap />' },
} as const satisfies Record<string, TagSpec>;

export type TagName = keyof typeof MDX_TAGS;

export function isTagName(name: string): name is TagName {
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

/** Every capitalised JSX tag in an MDX body, with its attributes and position. */
export function findTags(body: string, lineOffset = 0): TagUse[] {
  const uses: TagUse[] = [];
  const re = /<([A-Z][A-Za-z0-9]*)\b([^<>]*?)\/?>/g;
  const lines = body.split('\n');
  let inFence = false;
  lines.forEach((text, idx) => {
    if (/^\s*(```|~~~)/.test(text)) inFence = !inFence;
    if (inFence) return;
    for (const m of text.matchAll(re)) {
      const attrs: Record<string, string> = {};
      const rest = (m[2] ?? '').trim();
      const attrRe = /([a-zA-Z][\w-]*)\s*=\s*"([^"]*)"/g;
      let consumed = rest;
      for (const a of rest.matchAll(attrRe)) {
        attrs[a[1]!] = a[2]!;
        consumed = consumed.replace(a[0], '');
      }
      uses.push({ name: m[1]!, attrs, line: idx + 1 + lineOffset, column: (m.index ?? 0) + 1, malformed: consumed.trim().length > 0 });
    }
  });
  return uses;
}
