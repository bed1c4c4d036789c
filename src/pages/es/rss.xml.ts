/** /es/rss.xml: los artículos en español como canal RSS. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { feedItems } from '../../lib/feed.ts';
import { t } from '../../lib/i18n.ts';

export async function GET(context: APIContext) {
  return rss({
    title: t('es', 'site.name'),
    description: t('es', 'site.description'),
    site: new URL(import.meta.env.BASE_URL, context.site).href,
    items: await feedItems('es'),
    customData: '<language>es-419</language>',
  });
}
