/** /es/rss.xml: los artículos en español como canal RSS. */
import type { APIContext } from 'astro';
import { feedResponse } from '../../lib/feed.ts';

export const GET = (context: APIContext) => feedResponse('es', context.site);
