/** Tarjetas para compartir (español): /es/cards/<página>.png, 1200×630, dibujadas al construir el sitio. */
import '../../../charts/registry.ts'; // registers the chart tags before any content is read
import type { APIRoute } from 'astro';
import { cardImage, cardPaths, type CardEntry } from '../../../lib/cards/index.ts';

export const getStaticPaths = () => cardPaths('es');

export const GET: APIRoute = async ({ props }) => {
  const { card } = props as { card: CardEntry };
  return new Response(await cardImage(card), { headers: { 'Content-Type': 'image/png' } });
};
