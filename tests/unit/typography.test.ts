import { describe, it, expect } from 'vitest';
import { curlyQuotes, curlyQuotesHtml } from '../../src/lib/typography.ts';

describe('curlyQuotes', () => {
  it('turns straight quotes and apostrophes into typographer’s quotes', () => {
    expect(curlyQuotes(`Pew's analysis of a "20-year high"`)).toBe('Pew’s analysis of a “20-year high”');
    expect(curlyQuotes(`('root causes') and "the border"`)).toBe('(‘root causes’) and “the border”');
    expect(curlyQuotes(`the '90s, Harris's "czar"`)).toBe('the ’90s, Harris’s “czar”');
    expect(curlyQuotes(`— "quoted"`)).toBe('— “quoted”');
  });
  it('leaves curly quotes as they are', () => {
    expect(curlyQuotes('“already” ‘fine’')).toBe('“already” ‘fine’');
  });
});

describe('curlyQuotesHtml', () => {
  it('changes text only: attributes, scripts, styles, JSON-LD and code keep their straight quotes', () => {
    const html = [
      `<p title="a 'b'" class="x">Biden's "plan"</p>`,
      `<script type="application/ld+json">{"name":"Harris's trip"}</script>`,
      `<script>const a = "x";</script><style>a::after{content:"'"}</style>`,
      `<p>Run <code>npm run "build"</code> now</p><pre>"kept"</pre>`,
    ].join('');
    expect(curlyQuotesHtml(html)).toBe(
      [
        `<p title="a 'b'" class="x">Biden’s “plan”</p>`,
        `<script type="application/ld+json">{"name":"Harris's trip"}</script>`,
        `<script>const a = "x";</script><style>a::after{content:"'"}</style>`,
        `<p>Run <code>npm run "build"</code> now</p><pre>"kept"</pre>`,
      ].join(''),
    );
  });
  it('reads escaped quotes in text, and follows a quote across inline tags but not across paragraphs', () => {
    expect(curlyQuotesHtml('<p>&quot;<a href="#x">Root</a> causes&quot; &#39;21</p>')).toBe('<p>“<a href="#x">Root</a> causes” ’21</p>');
    expect(curlyQuotesHtml('<p>It ended.</p><p>"Next"</p>')).toBe('<p>It ended.</p><p>“Next”</p>');
    expect(curlyQuotesHtml('<em>Harris</em>\'s trip')).toBe('<em>Harris</em>’s trip');
  });
});
