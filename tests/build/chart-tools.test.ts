/**
 * Every chart frame in the pieces offers its tools: the chart's images (PNG and
 * SVG files that exist, in the page's language, of a sane size), a link to the
 * chart with a copy button, and the embed code for this chart's embed page in
 * the page's language. Embed pages carry none of it, and text pages no script.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { distDir, htmlFiles, page, rel, resolvesTo } from './dist.ts';

const dist = distDir();
const SITE = 'https://example.org';

function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

const pages = htmlFiles(dist)
  .map((f) => '/' + rel(dist, f).replace(/index\.html$/, ''))
  .filter((p) => !/^\/(es\/)?embed\//.test(p));
const chartPages = pages.filter((p) => page(dist, p).querySelector('figure.ch-frame'));

describe('chart frame tools', () => {
  it('finds the chart pages in both languages', () => {
    expect(chartPages.filter((p) => p.startsWith('/es/')).length).toBeGreaterThanOrEqual(3);
    expect(chartPages.filter((p) => !p.startsWith('/es/')).length).toBeGreaterThanOrEqual(3);
  });

  for (const path of chartPages) {
    const es = path.startsWith('/es/');
    it(`${path}: every chart frame has images, a link and the embed code`, () => {
      const doc = page(dist, path);
      const frames = doc.querySelectorAll('figure.ch-frame');
      expect(frames.length).toBeGreaterThan(0);
      for (const fig of frames) {
        const id = fig.getAttribute('id')!;
        const tools = fig.querySelector('.ch-tools');
        expect(tools, id).toBeTruthy();
        // Images: PNG and SVG of this chart in the page's language, plain download links to files that exist.
        const links = tools!.querySelectorAll('a[download]');
        expect(links.map((a) => a.text.trim())).toEqual(['PNG', 'SVG']);
        for (const a of links) {
          const href = a.getAttribute('href')!;
          expect(a.hasAttribute('download'), href).toBe(true);
          expect(href.startsWith(es ? '/es/charts/' : '/charts/'), href).toBe(true);
          expect(resolvesTo(dist, href, '/'), href).toBeTruthy();
        }
        // The link to the chart: the figure's own id, absolute in the copy field, with its copy button.
        const input = tools!.querySelector('input[readonly]')!;
        expect(input.getAttribute('value')).toBe(`${SITE}${path}#${id}`);
        expect(tools!.querySelector(`label[for="${input.id}"] a`)?.getAttribute('href')).toBe(`#${id}`);
        expect(tools!.querySelector(`button[data-copy="${input.id}"]`)?.text.trim()).toBe(es ? 'Copiar el enlace' : 'Copy the link');
        // The embed code: the iframe of this chart's embed page in the page's language, and the host script.
        const area = tools!.querySelector('details textarea[readonly]')!;
        expect(tools!.querySelector(`label[for="${area.id}"]`)).toBeTruthy();
        expect(tools!.querySelector(`button[data-copy="${area.id}"]`)?.text.trim()).toBe(es ? 'Copiar el código' : 'Copy the embed code');
        const code = parseText(area.innerHTML);
        const src = /<iframe src="([^"]+)"/.exec(code)?.[1];
        expect(src, id).toMatch(new RegExp(`^${SITE}${es ? '/es' : ''}/embed/[\\w-]+/$`));
        expect(resolvesTo(dist, src!.slice(SITE.length), '/'), src).toBeTruthy();
        expect(code).toContain(`<script async src="${SITE}/embed/host.js"></script>`);
        // The embed page is this chart: its figure has the same title.
        const embedded = page(dist, src!.slice(SITE.length)).querySelector('figure.ch-frame .ch-title')?.text;
        const title = fig.querySelector('.ch-title')?.text;
        expect(/ title="([^"]*)"/.exec(code)?.[1]).toBe(title);
        if (!fig.querySelector('button[data-option]')) expect(embedded).toBe(title);
        // Without JS the copy buttons are hidden; the text is there to select.
        for (const b of tools!.querySelectorAll('button[data-copy]')) expect(b.hasAttribute('hidden')).toBe(true);
        expect(tools!.querySelector('[role="status"]')).toBeTruthy();
      }
    });
  }

  it('embed pages carry no tools and no option buttons (no redraw code can load)', () => {
    const embeds = htmlFiles(dist).filter((f) => /\/embed\/[\w-]+\/index\.html$/.test(f));
    expect(embeds.length).toBeGreaterThan(4);
    for (const f of embeds) {
      const doc = page(dist, '/' + rel(dist, f));
      expect(doc.querySelector('figure.ch-frame'), f).toBeTruthy();
      expect(doc.querySelector('.ch-tools'), f).toBeNull();
      expect(doc.querySelector('button[data-option]'), f).toBeNull();
    }
  });

  it('pages without charts load no script', () => {
    for (const p of pages.filter((x) => !chartPages.includes(x) && !/search/.test(x))) {
      expect(page(dist, p).querySelectorAll('script[src], script[type="module"]').length, p).toBe(0);
    }
  });
});

describe('chart images', () => {
  for (const lang of ['en', 'es'] as const) {
    const dir = lang === 'es' ? '/es/charts/' : '/charts/';
    const svgs = readdirSync(`${dist}${dir}`).sort().filter((f) => f.endsWith('.svg'));
    it(`${lang}: an SVG and a PNG twice its size for every chart, titled in the language`, () => {
      expect(svgs.length).toBeGreaterThanOrEqual(5);
      for (const name of svgs) {
        const svg = readFileSync(`${dist}${dir}${name}`, 'utf8');
        const w = Number(/<svg[^>]*\bwidth="(\d+)"/.exec(svg)?.[1]);
        const h = Number(/<svg[^>]*\bheight="(\d+)"/.exec(svg)?.[1]);
        expect(w, name).toBeGreaterThanOrEqual(600);
        expect(w, name).toBeLessThanOrEqual(1000);
        expect(h, name).toBeGreaterThan(300);
        expect(h, name).toBeLessThan(5000);
        const png = pngSize(`${dist}${dir}${name.replace(/\.svg$/, '.png')}`);
        expect(png).toEqual({ width: w * 2, height: h * 2 });
        // Stands alone: the site's name, the source line, the colours written in, no external reference.
        expect(svg).toContain(lang === 'es' ? 'Causas de fondo' : 'Root Causes');
        expect(svg).toMatch(lang === 'es' ? /Fuentes?: / : /Sources?: /);
        expect(svg).not.toMatch(/var\(--/);
        expect(svg).not.toMatch(/(href|src)="https?:/);
      }
    });
  }

  it('an image is the chart in its page’s language: same title as the frame that links it', () => {
    for (const path of ['/border-numbers/', '/es/border-numbers/']) {
      const fig = page(dist, path).querySelector('figure#chart-shelters')!;
      const href = fig.querySelector('.ch-tools a[href$=".svg"]')!.getAttribute('href')!;
      const svg = readFileSync(`${dist}${href}`, 'utf8');
      expect(/<title>([^<]*)<\/title>/.exec(svg)?.[1]).toBe(escapeXml(fig.querySelector('.ch-title')!.text));
    }
  });
});

function parseText(html: string): string {
  return html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}
function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
