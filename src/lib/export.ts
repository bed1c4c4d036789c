/** Datasets as readers download them: CSV rows and JSON metadata. */
import { toCsv } from './content/csv.ts';
import { getModel, datasetSources, datasetCaveats, datasetNotes, type Dataset } from './data.ts';

export function datasetCsv(ds: Dataset): string {
  const header = ds.columns.map((c) => c.name);
  return toCsv(
    header,
    ds.rows.map((r) => header.map((h) => {
      const v = r[h];
      return v === null || v === undefined ? null : typeof v === 'boolean' ? String(v) : v;
    })),
  );
}

export function datasetMeta(ds: Dataset) {
  const model = getModel();
  return {
    id: ds.id,
    title: ds.title,
    title_es: ds.titleEs,
    description: ds.description,
    description_es: ds.descriptionEs,
    unit: ds.unit,
    unit_es: ds.unitEs,
    ...(ds.currency ? { currency: ds.currency } : {}),
    key: ds.key,
    columns: ds.columns.map((c) => ({ name: c.name, type: c.type, label: c.label, label_es: c.labelEs, required: c.required })),
    rows: ds.rows.length,
    vintage: ds.vintage,
    vintage_es: ds.vintageEs,
    checked: ds.checked,
    notes: datasetNotes(ds, 'en'),
    notes_es: datasetNotes(ds, 'es'),
    caveats: datasetCaveats(ds, 'en'),
    caveats_es: datasetCaveats(ds, 'es'),
    // Each file brought in since the data was first published: date, source, what changed in words, old and new values.
    revisions: ds.revisions,
    sources: datasetSources(ds).map((id) => {
      const s = model.sources.get(id);
      return s ? { id: s.id, publisher: s.publisher, title: s.title, url: s.url ?? null, via: s.via ?? null, published: s.published ?? null } : { id };
    }),
  };
}
