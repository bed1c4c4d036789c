/** /data/revisions.xml: every dataset revision, as an RSS feed (English). */
import '../../charts/registry.ts'; // registers the chart tags before any content is read
import type { APIContext } from 'astro';
import { revisionFeedResponse } from '../../lib/feed.ts';

export const GET = (context: APIContext) => revisionFeedResponse('en', context.site);
