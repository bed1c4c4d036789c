/** The publisher's logo for structured data: the site icon (public/favicon.svg) as a 512×512 PNG. */
import type { APIRoute } from 'astro';
import { logoPng } from '../lib/cards/logo.ts';

export const GET: APIRoute = () => new Response(logoPng(), { headers: { 'Content-Type': 'image/png' } });
