import { describe, it, expect } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { distDir, htmlFiles, rel } from './dist.ts';

const dist = distDir();
const pages = htmlFiles(dist).map((f) => ({ name: rel(dist, f), doc: parse(readFileSync(f, 'utf8'), { comment: false }) }));
const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

function policyOf(content: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of content.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name, values);
  }
  return map;
}

describe('Content-Security-Policy', () => {
  it('every page carries a policy without unsafe-inline or unsafe-eval', () => {
    expect(pages.length).toBeGreaterThan(3);
    for (const p of pages) {
      const meta = p.doc.querySelector('meta[http-equiv="content-security-policy"]');
      expect(meta, p.name).toBeTruthy();
      const content = meta!.getAttribute('content') ?? '';
      // 'wasm-unsafe-eval' lets WebAssembly compile, nothing more; it is checked page by page below.
      expect(content.replace("'wasm-unsafe-eval'", ''), p.name).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
      const policy = policyOf(content);
      expect(policy.get('default-src'), p.name).toEqual(["'self'"]);
      expect(policy.get('object-src'), p.name).toEqual(["'none'"]);
    }
  });

  it("only the two search pages let WebAssembly run ('wasm-unsafe-eval', for Pagefind), and keep 'self'", () => {
    const withWasm = pages.filter((p) => /'wasm-unsafe-eval'/.test(p.doc.querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute('content')!));
    expect(withWasm.map((p) => p.name).sort()).toEqual(['es/search/index.html', 'search/index.html']);
    for (const p of withWasm) {
      const policy = policyOf(p.doc.querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute('content')!);
      expect(policy.get('script-src'), p.name).toEqual(expect.arrayContaining(["'self'", "'wasm-unsafe-eval'"]));
    }
    const home = policyOf(pages.find((p) => p.name === 'index.html')!.doc.querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute('content')!);
    expect(home.get('script-src')?.filter((v) => !v.startsWith("'sha"))).toEqual(["'self'"]);
  });

  it('every inline script and style is covered by a hash, and no element has a style attribute', () => {
    let inline = 0;
    let jsonBlocks = 0;
    for (const p of pages) {
      const policy = policyOf(p.doc.querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute('content')!);
      for (const s of p.doc.querySelectorAll('script:not([src])')) {
        const type = s.getAttribute('type') ?? '';
        if (type === 'application/json' || type === 'application/ld+json') {
          // A data block (chart data, JSON-LD) is never executed, so the policy need not hash it; it must hold JSON and nothing else.
          if (type === 'application/ld+json') jsonBlocks++;
          expect(() => JSON.parse(s.rawText), `${p.name}: ${type} block is not valid JSON`).not.toThrow();
          expect(s.rawText, `${p.name}: "<" in a data block must be escaped`).not.toContain('<');
          continue;
        }
        inline++;
        expect(policy.get('script-src') ?? [], `${p.name}: inline script not hashed`).toContain(sha256(s.rawText));
      }
      for (const s of p.doc.querySelectorAll('style')) {
        inline++;
        expect(policy.get('style-src') ?? [], `${p.name}: inline style not hashed`).toContain(sha256(s.rawText));
      }
      expect(p.doc.querySelectorAll('[style]').map((e) => e.tagName), `${p.name}: style attributes are blocked by the policy`).toEqual([]);
    }
    // Stylesheets are files everywhere except on the two front pages, which carry theirs inline.
    const inlinePages = pages.filter((p) => p.doc.querySelectorAll('style').length).map((p) => p.name).sort();
    expect(inlinePages).toEqual(['es/index.html', 'index.html']);
    expect(inline).toBeGreaterThanOrEqual(2);
    expect(jsonBlocks, 'articles and front pages carry structured data').toBeGreaterThan(10);
  });

  it('public/_headers repeats the policy with frame-ancestors and the other security headers', () => {
    const headers = readFileSync(join(dist, '_headers'), 'utf8');
    const csp = /Content-Security-Policy: (.+)/.exec(headers)?.[1] ?? '';
    const header = policyOf(csp);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    const metaOf = (name: string) => policyOf(pages.find((p) => p.name === name)!.doc.querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute('content')!);
    const noHashes = (values: string[] | undefined) => (values ?? []).filter((v) => !v.startsWith("'sha"));
    for (const [name, values] of metaOf('index.html')) {
      expect(noHashes(header.get(name)), name).toEqual(noHashes(values));
    }
    // The front pages' inline stylesheets are allowed by the header too, or a host that sends it would show them unstyled.
    for (const name of ['index.html', 'es/index.html']) {
      const styles = pages.find((p) => p.name === name)!.doc.querySelectorAll('style');
      expect(styles.length, name).toBeGreaterThan(0);
      for (const s of styles) expect(header.get('style-src'), name).toContain(sha256(s.rawText));
    }
    // The search pages' rule first drops the site-wide header (Cloudflare's "! Header"), then sets its own.
    for (const path of ['/search/', '/es/search/']) {
      const block = new RegExp(`^${path.replace(/\//g, '\\/')}\n((?:[ \t]+.+\n?)+)`, 'm').exec(headers)?.[1] ?? '';
      expect(block, path).toMatch(/^\s+! Content-Security-Policy$/m);
      const searchHeader = policyOf(/Content-Security-Policy: (.+)/.exec(block)?.[1] ?? '');
      expect(searchHeader.get('frame-ancestors'), path).toEqual(["'none'"]);
      for (const [name, values] of metaOf(`${path.slice(1)}index.html`)) {
        expect(searchHeader.get(name), `${path} ${name}`).toEqual(values.filter((v) => !v.startsWith("'sha")));
      }
    }
    expect(headers).toMatch(/X-Content-Type-Options: nosniff/);
    expect(headers).toMatch(/Referrer-Policy: strict-origin-when-cross-origin/);
    expect(headers).toMatch(/Permissions-Policy: .*camera=\(\)/);
    expect(headers).toMatch(/\/_astro\/\*\n\s+Cache-Control: public, max-age=31536000, immutable/);
  });
});

describe('nothing from another origin', () => {
  it('no page loads a script, style, image, font or frame from another origin', () => {
    for (const p of pages) {
      for (const el of p.doc.querySelectorAll('script[src], link[href], img[src], iframe, source[src], video, audio')) {
        if (el.tagName === 'LINK' && !/stylesheet|icon|preload|modulepreload|manifest/.test(el.getAttribute('rel') ?? '')) continue;
        const url = el.getAttribute('src') ?? el.getAttribute('href') ?? '';
        expect(url, `${p.name}: ${el.tagName}`).not.toMatch(/^(https?:)?\/\//);
      }
    }
  });
  it('external links open without giving the other site a handle on this one', () => {
    let external = 0;
    for (const p of pages) {
      for (const a of p.doc.querySelectorAll('a[href^="http"]')) {
        external++;
        const relAttr = (a.getAttribute('rel') ?? '').split(/\s+/);
        expect(relAttr, `${p.name}: ${a.getAttribute('href')}`).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
      }
    }
    expect(external).toBeGreaterThan(10);
  });
});
