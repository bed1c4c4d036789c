/**
 * Every chart kind in the registry rendered to HTML with the real content
 * (content/), through its MDX tag as an article renders it: the figure, its
 * caption, both SVG designs, the island data, the table and the links. Run
 * through Astro's container API, as the build renders them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { createComponent, render, renderComponent } from 'astro/compiler-runtime';
import { CHARTS } from '../../../src/charts/registry.ts';
import { chartComponents } from '../../../src/charts/frame/tags.ts';
import { getDataset } from '../../../src/lib/data.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const tag = (name: string) => {
  const c = chartComponents[name];
  if (!c) throw new Error(`no component for <${name}>`);
  return c;
};

describe.each(CHARTS.map((c) => [c.tag.name, c] as const))('<%s>', (name, def) => {
  const id = `chart-${def.kind}`;
  let html = '';
  beforeAll(async () => {
    html = await container.renderToString(tag(name), { props: {} });
  });

  it('is a figure named by its title and described by what it shows', () => {
    expect(html).toContain(`<figure id="${id}" class="ch-frame not-prose" aria-labelledby="${id}-title">`);
    expect(html).toMatch(new RegExp(`<p class="ch-title" id="${id}-title">[^<]+</p>`));
    expect(html).toMatch(new RegExp(`<p class="ch-takeaway" id="${id}-desc">[^<]*\\d[^<]*</p>`));
    expect(html).toContain(`role="img" aria-labelledby="${id}-title" aria-describedby="${id}-desc"`);
  });

  it('has the chart markup, the island data, a polite live region and the loader script', () => {
    expect(html).toContain(`<chart-island data-kind="${def.kind}" data-chart="${id}">`);
    expect(html).toContain('aria-live="polite"');
    expect(html).toMatch(/<script type="application\/json" data-chart-data>\{/);
    expect(html).toMatch(/<script type="module" src="[^"]+"><\/script>/);
    if (def.kind === 'aid') expect(html).toContain('class="aid-list"');
    else {
      expect(html).toMatch(/class="ch-variant ch-variant-wide"><svg[^>]+viewBox="0 0 640 /);
      expect(html).toMatch(/class="ch-variant ch-variant-narrow"><svg[^>]+viewBox="0 0 288 /);
    }
    // No inline style attributes (the CSP has no unsafe-inline); the embed code shown as text in its textarea is not markup.
    expect(html.replace(/<textarea\b[^>]*>[\s\S]*?<\/textarea>/g, '')).not.toMatch(/ style="/);
  });

  it('has a data table per dataset with caption and header scopes, and CSV links', () => {
    const datasets = def.tag.datasets;
    expect(html).toContain('<details class="ch-details"><summary>Show the data as a table</summary>');
    expect(html.match(/<caption /g)).toHaveLength(datasets.length);
    expect(html).toContain('<th scope="col"');
    expect(html).toContain('<th scope="row"');
    for (const d of datasets) expect(html).toContain(`href="/data/${d}.csv" download="${d}.csv"`);
    // One table row per row of the tables the definition builds (a dataset row each, or a pivot such as the fiscal months).
    const built = def.build({ lang: 'en', id: 'x', props: def.props({}), data: datasets.map((d) => getDataset(d)) });
    const rows = built.tables.reduce((n, t) => n + t.rows.length, 0);
    expect(rows).toBeGreaterThan(0);
    expect(html.match(/<th scope="row"/g)).toHaveLength(rows);
  });

  it("links every source to the article's Sources section and gives the vintage", () => {
    expect(html).toMatch(/href="#source-[a-z0-9-]+"/);
    expect(html).not.toMatch(/href="\/sources\//);
    expect(html).toContain('Data as of: ');
    expect(html).not.toContain('[[');
  });
});

it('shows the children series when asked, with the toggle pressed', async () => {
  const html = await container.renderToString(tag('EncountersChart'), { props: { series: 'children' } });
  expect(html).toContain('id="chart-encounters"');
  expect(html).toMatch(/data-value="children" aria-pressed="true"/);
  expect(html).toMatch(/data-value="all" aria-pressed="false"/);
  expect(html).toContain('Showing: Unaccompanied children. The table lists this series; the CSV download has both.');
  expect(html).toMatch(/<p class="ch-title" id="chart-encounters-title">Encounters with unaccompanied children/);
});

it('formats table numbers in the page language and right-aligns them', async () => {
  const html = await container.renderToString(tag('SheltersChart'), { props: {} });
  expect(html).toMatch(/<th scope="row">June 7, 2021<\/th><td class="ch-num">16,264<\/td>/);
});

it('gives each instance of the same chart on a page its own ids', async () => {
  // Two tags in one component, as two tags in one article.
  const Two = createComponent((result, _props, slots) => render`${renderComponent(result, 'A', tag('EncountersChart'), { series: 'all' }, slots)}${renderComponent(result, 'B', tag('EncountersChart'), { series: 'children' }, slots)}`);
  const html = await container.renderToString(Two, { props: {} });
  const ids = [...html.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]!);
  expect(ids).toContain('chart-encounters');
  expect(ids).toContain('chart-encounters-2');
  expect(ids.filter((i) => i.startsWith('chart-encounters-2')).length).toBeGreaterThan(3);
  expect(new Set(ids).size).toBe(ids.length);
  for (const ref of html.matchAll(/aria-(?:labelledby|describedby)="([^"]+)"/g)) for (const r of ref[1]!.split(' ')) if (!r.endsWith('-hint')) expect(ids, r).toContain(r);
});
