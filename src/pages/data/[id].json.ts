/** /data/<id>.json: a dataset's metadata (title, unit, columns, sources, vintage, notes, caveats). */
import '../../charts/registry.ts'; // registers the chart tags before any content is read
import type { APIRoute, GetStaticPaths } from 'astro';
import { getModel } from '../../lib/data.ts';
import { datasetMeta } from '../../lib/export.ts';

export const getStaticPaths = (() => [...getModel().datasets.keys()].map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const ds = getModel().datasets.get(String(params.id));
  if (!ds) return new Response('Not found', { status: 404 });
  return new Response(JSON.stringify(datasetMeta(ds), null, 2) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
