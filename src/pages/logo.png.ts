/** The publisher's logo for structured data: the site icon (public/favicon.svg) as a 512×512 PNG. */
import '../charts/registry.ts'; // registers the chart tags before any content is read
import type { APIRoute } from 'astro';
import { logoPng } from '../lib/cards/logo.ts';

export const GET: APIRoute = () => new Response(logoPng(), { headers: { 'Content-Type': 'image/png' } });
