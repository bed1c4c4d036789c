/** /es/rss.xml: los artículos en español como canal RSS. */
import '../../charts/registry.ts'; // registers the chart tags before any content is read
import type { APIContext } from 'astro';
import { feedResponse } from '../../lib/feed.ts';

export const GET = (context: APIContext) => feedResponse('es', context.site);
