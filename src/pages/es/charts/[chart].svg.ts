/** Chart images (Spanish): /es/charts/<chart>.svg, the chart as its frame draws it, with its title and sources. */
import type { APIRoute } from 'astro';
import type { Embed } from '../../../lib/embeds.ts';
import { chartImagePaths, chartSvg } from '../../../charts/frame/images.ts';

export const getStaticPaths = () => chartImagePaths('es');

export const GET: APIRoute = ({ props, site }) => {
  const { embed } = props as { embed: Embed };
  return new Response(chartSvg(embed, 'es', site).svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
