/** /rss.xml: the English articles as an RSS feed. */
import '../charts/registry.ts'; // registers the chart tags before any content is read
import type { APIContext } from 'astro';
import { feedResponse } from '../lib/feed.ts';

export const GET = (context: APIContext) => feedResponse('en', context.site);
