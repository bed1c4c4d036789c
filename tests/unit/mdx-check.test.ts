/**
 * The MDX half of the content check: bodies read by the build's own compiler,
 * heading ids as the build makes them, field paths in words, byte-order marks
 * and CRLF accepted, and the hero as a lead visual (thumbnail and share card).
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { mdxToJs } from 'satteri';
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { compileMdx, explainMdxError, blankFrontmatter, FEATURES } from '../../src/lib/content/mdx.ts';
import { normalizeText, splitFrontmatter } from '../../src/lib/content/articles.ts';
import { findTags } from '../../src/lib/mdx-registry.ts';
import { fieldInWords } from '../../src/lib/content/field-words.ts';
import { checkArticle } from '../../src/lib/content/articles.ts';
import { checkContent } from '../../src/lib/content/load.ts';
import { formatProblem, type Problem } from '../../src/lib/content/problems.ts';
import { pieceThumbnail } from '../../src/charts/core/thumbnail.ts';
import { getDataset } from '../../src/lib/data.ts';
import { cardTree, type CardSpec } from '../../src/lib/cards/render.ts';
import { heroCardPicture, heroOf } from '../../src/lib/hero.ts';

const ROOT = join(import.meta.dirname, '../..');

describe('field paths in words', () => {
  it('names list items by their place and object parts by what they are', () => {
    expect(fieldInWords(['tags', 0])).toBe('the first tag');
    expect(fieldInWords(['authors', 1])).toBe('the second author');
    expect(fieldInWords(['hero', 'alt'])).toBe("the hero's alt text");
    expect(fieldInWords(['hero', 'src'])).toBe("the hero's picture path (src)");
    expect(fieldInWords(['corrections', 2, 'date'])).toBe('the date of the third correction');
    expect(fieldInWords(['dek'])).toBe('the dek');
    expect(fieldInWords(['tags', 11])).toBe('the number 12 tag');
  });
});

describe('the build’s MDX compiler', () => {
  it('gives headings the ids the build gives them (github-slugger: accents kept, repeats numbered)', () => {
    const { headings, error } = compileMdx('## Who’s who\n\nText.\n\n## Who’s who\n\n## Andrés Manuel López Obrador\n');
    expect(error).toBeNull();
    expect(headings.map((h) => h.slug)).toEqual(['whos-who', 'whos-who-1', 'andrés-manuel-lópez-obrador']);
  });

  it('gives every real article and page the same heading ids as Astro’s own heading plugin', () => {
    let count = 0;
    for (const dir of ['content/articles/en', 'content/articles/es', 'content/pages/en', 'content/pages/es']) {
      for (const f of readdirSync(join(ROOT, dir))) {
        const text = normalizeText(readFileSync(join(ROOT, dir, f), 'utf8'));
        const source = blankFrontmatter(text, splitFrontmatter(text).end);
        const astro = { frontmatter: {}, headings: [] as { depth: number; slug: string; text: string }[], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() };
        mdxToJs(source, { hastPlugins: [satteriHeadingIdsPlugin()], features: FEATURES, data: { astro } });
        const ours = compileMdx(source).headings.map((h) => h.slug);
        expect(ours, `${dir}/${f}`).toEqual(astro.headings.map((h) => h.slug));
        count += ours.length;
      }
    }
    expect(count).toBeGreaterThan(50);
  });

  it('reports a syntax error at its line and column in plain words, without a stack trace', () => {
    const { error } = compileMdx('Text.\n\nMore <!-- hidden --> text.\n');
    expect(error).toEqual({ line: 3, column: 6, message: 'has an HTML comment "<!-- -->", which MDX cannot read', fix: 'a comment in MDX is written {/* like this */}' });
    const unknown = explainMdxError('4:2: Something new went wrong (mdx:thing)\n    at x (y.js:1:1)', 'a\nb\nc\nd\n', new Map());
    expect(unknown.line).toBe(4);
    expect(unknown.message).toBe('has MDX that cannot be read (something new went wrong)');
    expect(unknown.message + unknown.fix).not.toMatch(/ at |\.js/);
  });
});

describe('the site reads tags as the check does', () => {
  it('finds a tag split over lines, in single quotes or as a string in braces, and skips code', () => {
    const uses = findTags("Text <Num\n  id='aid-310m'\n/> and <Cite id={\"wapo\"} />.\n\n```\n<Num id=\"in-code\" />\n```\n", 10);
    expect(uses.map((u) => [u.name, u.attrs, u.line, u.malformed])).toEqual([
      ['Num', { id: 'aid-310m' }, 11, false],
      ['Cite', { id: 'wapo' }, 13, false],
    ]);
  });
});

describe('line endings and byte-order marks', () => {
  it('finds the same problems in a file saved with a byte-order mark and CRLF line endings as in the plain file', async () => {
    const { model } = checkContent(ROOT);
    const file = 'content/articles/en/trip-at-a-glance.mdx';
    const text = readFileSync(join(ROOT, file), 'utf8').replace('<Num id="aid-310m" />', '<Num id="aid-31m" />');
    const run = (t: string) => {
      const problems: Problem[] = [];
      const info = checkArticle(file, t, model, problems, 'article', {});
      return { out: problems.map(formatProblem), anchors: info?.anchors };
    };
    const plain = run(text);
    expect(plain.out).toHaveLength(1);
    expect(plain.out[0]).toMatch(/^content\/articles\/en\/trip-at-a-glance\.mdx:22:\d+ uses the figure "aid-31m"/);
    expect(run(`\uFEFF${text.replace(/\n/g, '\r\n')}`)).toEqual(plain);
  });
});

describe('the hero as the lead visual', () => {
  it('draws the hero chart as the thumbnail instead of the first chart', () => {
    const body = 'Text.\n\n<EncountersChart series="all" />\n\nMore.\n\n<SheltersChart />\n';
    const first = pieceThumbnail(body, getDataset);
    const lead = pieceThumbnail(body, getDataset, 'SheltersChart');
    expect(first).toBe(pieceThumbnail('<EncountersChart series="all" />', getDataset));
    expect(lead).toBe(pieceThumbnail('<SheltersChart />', getDataset));
    expect(lead).not.toBe(first);
  });

  it('reads a hero picture’s size from its file in public/, and names a chart hero by its tag', async () => {
    const hero = await heroOf({ hero: { src: '/favicon.svg', alt: 'The site’s icon' } }, ROOT);
    expect(hero).toMatchObject({ kind: 'image', src: '/favicon.svg', alt: 'The site’s icon', format: 'svg' });
    const svg = readFileSync(join(ROOT, 'public/favicon.svg'), 'utf8');
    const viewBox = /viewBox="[\d.]+ [\d.]+ ([\d.]+) ([\d.]+)"/.exec(svg)!;
    expect(hero?.kind === 'image' && hero.width / hero.height).toBeCloseTo(Number(viewBox[1]) / Number(viewBox[2]), 2);
    expect(heroCardPicture(hero)?.uri).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(await heroOf({ hero: { chart: 'SheltersChart' } })).toEqual({ kind: 'chart', tag: 'SheltersChart' });
    expect(await heroOf({})).toBeUndefined();
  });

  it('puts the hero picture on the share card, scaled into its box with its proportions', () => {
    const spec: CardSpec = { lang: 'en', siteName: 'Site', headline: 'A headline of some length', dek: 'A dek.', picture: { uri: 'data:image/png;base64,AAAA', width: 1600, height: 900 } };
    const imgs: { width: number; height: number; src: string }[] = [];
    const visit = (n: unknown) => {
      const node = n as { type?: string; props?: { children?: unknown; width?: number; height?: number; src?: string } };
      if (node?.type === 'img') imgs.push({ width: node.props!.width!, height: node.props!.height!, src: node.props!.src! });
      const c = node?.props?.children;
      if (Array.isArray(c)) c.forEach(visit);
      else if (c && typeof c === 'object') visit(c);
    };
    visit(cardTree(spec));
    expect(imgs).toHaveLength(1);
    expect(imgs[0]!.src).toBe('data:image/png;base64,AAAA');
    expect(imgs[0]!.width / imgs[0]!.height).toBeCloseTo(1600 / 900, 1);
    // Without a hero picture, the card draws none.
    visit(cardTree({ ...spec, picture: undefined }));
    expect(imgs).toHaveLength(1);
  });
});
