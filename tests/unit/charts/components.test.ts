/**
 * The chart components rendered to HTML with the real content (content/):
 * the figure, its caption, both SVG designs, the island data, the table and
 * the links. Run through Astro's container API, as the build renders them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import EncountersChart from '../../../src/charts/encounters/EncountersChart.astro';
import SheltersChart from '../../../src/charts/shelters/SheltersChart.astro';
import OriginChart from '../../../src/charts/origin/OriginChart.astro';
import VaccineChart from '../../../src/charts/vaccine/VaccineChart.astro';
import AidChart from '../../../src/charts/aid/AidChart.astro';
import { getDataset } from '../../../src/lib/data.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const all = [
  ['chart-encounters', EncountersChart, ['usbp-sw-encounters-monthly']],
  ['chart-shelters', SheltersChart, ['hhs-children-in-care-2021']],
  ['chart-origin', OriginChart, ['uc-by-citizenship']],
  ['chart-vaccine', VaccineChart, ['vaccine-doses-2021']],
  ['chart-aid', AidChart, ['aid-announcements', 'call-to-action-commitments']],
] as const;

describe.each(all)('%s', (id, Component, datasets) => {
  let html = '';
  beforeAll(async () => {
    html = await container.renderToString(Component, { props: {} });
  });

  it('is a figure named by its title and described by its takeaway', () => {
    expect(html).toContain(`<figure id="${id}" class="ch-frame not-prose" aria-labelledby="${id}-title">`);
    expect(html).toMatch(new RegExp(`<p class="ch-title" id="${id}-title">[^<]+</p>`));
    expect(html).toMatch(new RegExp(`<p class="ch-takeaway" id="${id}-desc">[^<]*\\d[^<]*</p>`));
    expect(html).toContain(`role="img" aria-labelledby="${id}-title" aria-describedby="${id}-desc"`);
  });

  it('has the chart markup, the island data, a polite live region and the loader script', () => {
    expect(html).toContain(`<chart-island data-kind="${id.slice(6)}" data-chart="${id}">`);
    expect(html).toContain('aria-live="polite"');
    expect(html).toMatch(/<script type="application\/json" data-chart-data>\{/);
    expect(html).toMatch(/<script type="module" src="[^"]+"><\/script>/);
    if (id === 'chart-aid') expect(html).toContain('class="aid-list"');
    else {
      expect(html).toMatch(/class="ch-variant ch-variant-wide"><svg[^>]+viewBox="0 0 640 /);
      expect(html).toMatch(/class="ch-variant ch-variant-narrow"><svg[^>]+viewBox="0 0 288 /);
    }
    expect(html).not.toMatch(/ style="/);
  });

  it('has a data table per dataset with caption and header scopes, and CSV links', () => {
    expect(html).toContain('<details class="ch-details"><summary>Show the data as a table</summary>');
    expect(html.match(/<caption /g)).toHaveLength(datasets.length);
    expect(html).toContain('<th scope="col"');
    expect(html).toContain('<th scope="row"');
    for (const d of datasets) expect(html).toContain(`href="/data/${d}.csv" download="${d}.csv"`);
    const rows = datasets.reduce((n, d) => n + getDataset(d).rows.length, 0);
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
  const html = await container.renderToString(EncountersChart, { props: { series: 'children' } });
  expect(html).toContain('id="chart-encounters-children"');
  expect(html).toMatch(/data-value="children" aria-pressed="true"/);
  expect(html).toMatch(/data-value="all" aria-pressed="false"/);
  expect(html).toContain('Showing: Unaccompanied children. The table has both series.');
});

it('formats table numbers in the page language and right-aligns them', async () => {
  const html = await container.renderToString(SheltersChart, { props: {} });
  expect(html).toMatch(/<th scope="row">March 23, 2021<\/th><td class="ch-num">11,551<\/td>/);
});
