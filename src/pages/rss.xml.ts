/** /rss.xml: the English articles as an RSS feed. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { feedItems } from '../lib/feed.ts';
import { t } from '../lib/i18n.ts';

export async function GET(context: APIContext) {
  return rss({
    title: t('en', 'site.name'),
    description: t('en', 'site.description'),
    site: new URL(import.meta.env.BASE_URL, context.site).href,
    items: await feedItems('en'),
    customData: '<language>en-us</language>',
  });
}
