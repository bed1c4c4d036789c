/** /es/data/revisions.xml: las revisiones de los conjuntos de datos, como canal RSS. */
import '../../../charts/registry.ts'; // registers the chart tags before any content is read
import type { APIContext } from 'astro';
import { revisionFeedResponse } from '../../../lib/feed.ts';

export const GET = (context: APIContext) => revisionFeedResponse('es', context.site);
