/** Chart images (English): /charts/<chart>.svg, the chart as its frame draws it, with its title and sources. */
import type { APIRoute } from 'astro';
import type { Embed } from '../../lib/embeds.ts';
import { chartImagePaths, chartSvg } from '../../charts/frame/images.ts';

export const getStaticPaths = () => chartImagePaths('en');

export const GET: APIRoute = ({ props, site }) => {
  const { embed } = props as { embed: Embed };
  return new Response(chartSvg(embed, 'en', site).svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
