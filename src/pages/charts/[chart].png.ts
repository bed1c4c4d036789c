/** Chart images (English): /charts/<chart>.png, the SVG drawn at twice its size with the bundled fonts. */
import type { APIRoute } from 'astro';
import type { Embed } from '../../lib/embeds.ts';
import { chartImagePaths, chartPng } from '../../charts/frame/images.ts';

export const getStaticPaths = () => chartImagePaths('en');

export const GET: APIRoute = async ({ props, site }) => {
  const { embed } = props as { embed: Embed };
  return new Response(new Uint8Array(await chartPng(embed, 'en', site)), { headers: { 'Content-Type': 'image/png' } });
};
