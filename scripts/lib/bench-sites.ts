/**
 * The generated projects the benchmark measures (npm run bench):
 * - generatedSite(n): a copy of this project whose articles are n generated
 *   pieces in English and their n Spanish twins, each with named figures
 *   (<Num />), a chart and links, as editors write them;
 * - bareSite(from): a bare Astro + @astrojs/mdx project that builds the same
 *   MDX files, one page each, through one [slug].astro page, with no charts and
 *   no figures (their tags render nothing): the baseline the site's cost per
 *   page is compared with.
 * Both live in a temporary folder and use this project's node_modules through a symlink.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CHARTS = ['<AidChart />', '<VaccineChart />', '<EncountersChart series="all" />', '<SheltersChart />', '<OriginChart />', '<FiscalYearsChart />'];
const FIGURES = ['aid-310m', 'hhs-peak-2021', 'guatemala-doses-announced', 'cbp-sw-jul-2021', 'four-billion-plan'];

/** 1 -> "a", 26 -> "z", 27 -> "aa": titles name the piece in letters, so no figure is typed into a title. */
function letters(i: number): string {
  let s = '';
  for (let n = i; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(97 + ((n - 1) % 26)) + s;
  return s;
}

export const slugOf = (i: number) => `generated-piece-${String(i).padStart(4, '0')}`;

const WORDS = {
  en: {
    title: (i: number) => `Generated piece ${letters(i)} for the benchmark`,
    dek: 'A generated article with figures, a chart and links, used only to measure how the check and the build scale with the number of pages.',
    author: 'Benchmark desk',
    first: 'First section',
    second: 'Second section',
    para: (fig: string, prev: string) =>
      `This generated paragraph stands in for an editor’s prose. It has a few sentences of ordinary length, a link to the [sources page](../sources/), another to [the previous piece](../${prev}/), and a figure from the data: <Num id="${fig}" />.`,
    more: (fig: string) => `A second paragraph carries one more figure, <Num id="${fig}" />, and ends with a short sentence of plain words.`,
  },
  es: {
    title: (i: number) => `Pieza generada ${letters(i)} para la medición`,
    dek: 'Un artículo generado con cifras, un gráfico y enlaces, que solo sirve para medir cómo crecen la revisión y la compilación con el número de páginas.',
    author: 'Equipo de medición',
    first: 'Primera sección',
    second: 'Segunda sección',
    para: (fig: string, prev: string) =>
      `Este párrafo generado ocupa el lugar del texto de un editor. Tiene unas cuantas oraciones de largo normal, un enlace a la [página de fuentes](../sources/), otro a [la pieza anterior](../${prev}/) y una cifra de los datos: <Num id="${fig}" />.`,
    more: (fig: string) => `Un segundo párrafo lleva una cifra más, <Num id="${fig}" />, y termina con una oración corta de palabras sencillas.`,
  },
} as const;

function article(i: number, lang: 'en' | 'es'): string {
  const w = WORDS[lang];
  const fig = FIGURES[i % FIGURES.length]!;
  const other = FIGURES[(i + 2) % FIGURES.length]!;
  const prev = slugOf(i === 1 ? 2 : i - 1);
  return [
    '---',
    `title: "${w.title(i)}"`,
    `dek: ${w.dek}`,
    `language: ${lang}`,
    'published: 2021-06-10',
    `authors: [${w.author}]`,
    `kind: ${i === 1 ? 'main' : 'focus'}`,
    `order: ${i}`,
    '---',
    '',
    `## ${w.first}`,
    '',
    w.para(fig, prev),
    '',
    CHARTS[i % CHARTS.length],
    '',
    `## ${w.second}`,
    '',
    w.more(other),
    '',
    w.para(other, prev),
    '',
  ].join('\n');
}

/** A copy of this project (content, src, config) whose articles are n generated pieces in each language. */
export function generatedSite(root: string, n: number): string {
  const dir = mkdtempSync(join(tmpdir(), `bench-${n}-`));
  for (const f of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'public', 'content']) cpSync(join(root, f), join(dir, f), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  rmSync(join(dir, 'content/cards.yaml'), { force: true }); // names pieces that the generated site does not have
  for (const lang of ['en', 'es'] as const) {
    const articles = join(dir, 'content/articles', lang);
    rmSync(articles, { recursive: true, force: true });
    mkdirSync(articles, { recursive: true });
    for (let i = 1; i <= n; i++) writeFileSync(join(articles, `${slugOf(i)}.mdx`), article(i, lang));
  }
  return dir;
}

/** A bare Astro + MDX project that builds the articles of `site` (a generatedSite), one page each, with no charts and no figures. */
export function bareSite(root: string, site: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-bare-'));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bench-bare', private: true, type: 'module' }, null, 2) + '\n');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    [
      "import { defineConfig } from 'astro/config';",
      "import mdx from '@astrojs/mdx';",
      '',
      "export default defineConfig({ integrations: [mdx()], build: { format: 'directory' }, cacheDir: './.cache/astro', devToolbar: { enabled: false } });",
      '',
    ].join('\n'),
  );
  const tags = new Set<string>();
  for (const lang of ['en', 'es']) {
    const from = join(site, 'content/articles', lang);
    const to = join(dir, 'articles', lang);
    mkdirSync(to, { recursive: true });
    for (const f of readdirSync(from)) {
      const text = readFileSync(join(from, f), 'utf8');
      for (const m of text.matchAll(/<([A-Z]\w*)/g)) tags.add(m[1]!);
      writeFileSync(join(to, f), text);
    }
  }
  mkdirSync(join(dir, 'src/components'), { recursive: true });
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  // The components the articles name draw nothing here: the baseline has no charts and no figures.
  writeFileSync(join(dir, 'src/components/Nothing.astro'), '---\n---\n');
  writeFileSync(
    join(dir, 'src/pages/[slug].astro'),
    [
      '---',
      "import Nothing from '../components/Nothing.astro';",
      'export function getStaticPaths() {',
      "  const all = import.meta.glob('../../articles/*/*.mdx', { eager: true });",
      '  return Object.entries(all).map(([path, mod]) => {',
      "    const [, lang, name] = /articles\\/(\\w+)\\/(.+)\\.mdx$/.exec(path);",
      '    return { params: { slug: `${lang}-${name}` }, props: { mod, lang } };',
      '  });',
      '}',
      'const { mod, lang } = Astro.props;',
      'const { Content, frontmatter } = mod;',
      `const components = { ${[...tags].sort().map((t) => `${t}: Nothing`).join(', ')} };`,
      '---',
      '<html lang={lang}><head><meta charset="utf-8" /><title>{frontmatter.title}</title></head>',
      '<body><main><h1>{frontmatter.title}</h1><p>{frontmatter.dek}</p><Content components={components} /></main></body></html>',
      '',
    ].join('\n'),
  );
  return dir;
}
