/** /data/<id>.csv: each dataset exactly as the site shows it. */
import '../../charts/registry.ts'; // registers the chart tags before any content is read
import type { APIRoute, GetStaticPaths } from 'astro';
import { getModel } from '../../lib/data.ts';
import { datasetCsv } from '../../lib/export.ts';

export const getStaticPaths = (() => [...getModel().datasets.keys()].map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const ds = getModel().datasets.get(String(params.id));
  if (!ds) return new Response('Not found', { status: 404 });
  return new Response(datasetCsv(ds), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
