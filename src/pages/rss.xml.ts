/** /rss.xml: the English articles as an RSS feed. */
import type { APIContext } from 'astro';
import { feedResponse } from '../lib/feed.ts';

export const GET = (context: APIContext) => feedResponse('en', context.site);
