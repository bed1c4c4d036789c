/** Share cards (English): /cards/<page>.png, 1200×630, drawn at build time. */
import '../../charts/registry.ts'; // registers the chart tags before any content is read
import type { APIRoute } from 'astro';
import { cardImage, cardPaths, type CardEntry } from '../../lib/cards/index.ts';

export const getStaticPaths = () => cardPaths('en');

export const GET: APIRoute = async ({ props }) => {
  const { card } = props as { card: CardEntry };
  return new Response(await cardImage(card), { headers: { 'Content-Type': 'image/png' } });
};
