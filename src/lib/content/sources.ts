/**
 * Reads the source files (content/sources.yaml and content/sources/*.yaml)
 * with the source schema, and applies the rules across sources: one id, one
 * address per source.
 */
import { issueProblems, readListFile } from './issues.ts';
import type { Problem } from './problems.ts';
import type { Source, SourceCopy, SourceLang } from './types.ts';
import { sourceSchema, sourceFileSchema, sourceRules } from '../schema/source.ts';
import { asText, HTTPS, KEBAB } from '../schema/common.ts';
import { plainError } from '../schema/common.ts';

/** Every address already taken by a source (its original or its copy), for the no-duplicate rule. */
function addressOwner(out: Map<string, Source>, address: string): { source: Source; field: string } | undefined {
  for (const o of out.values()) {
    if (o.url === address) return { source: o, field: 'url' };
    if (o.via?.url === address) return { source: o, field: 'via url' };
  }
  return undefined;
}

export function validateSources(files: Map<string, string>, problems: Problem[], broken: Set<string>): Map<string, Source> {
  const out = new Map<string, Source>();
  const idAt = new Map<string, string>();
  if (!files.has('content/sources.yaml')) problems.push({ file: 'content/sources.yaml', line: 1, ...sourceRules.missingFile });
  for (const [file, text] of files) validateSourceFile(file, text, problems, out, broken, idAt);
  return out;
}

function validateSourceFile(file: string, text: string, problems: Problem[], out: Map<string, Source>, broken: Set<string>, idAt: Map<string, string>): void {
  const read = readListFile(file, text, sourceFileSchema, problems, broken);
  if (!read) return;
  const { y } = read;
  read.list.forEach((raw, i) => {
    const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
    const id = asText(r.id);
    const label = id ? `source "${id}"` : `source number ${i + 1}`;
    const parsed = sourceSchema.safeParse(raw, { error: plainError });
    if (!parsed.success) problems.push(...issueProblems(sourceSchema, parsed.error.issues, { file, y, base: [i], subject: () => label }));
    const bad = (path: (string | number)[], p: { message: string; fix: string }) => {
      const at = y.pos([i, ...path]);
      problems.push({ file, line: at.line, column: at.column, message: `${label} ${p.message}`, fix: p.fix });
    };
    const first = id && KEBAB.test(id) ? idAt.get(id) : undefined;
    if (id && first) {
      const at = y.pos([i, 'id']);
      problems.push({ file, line: at.line, column: at.column, ...sourceRules.duplicateId(id, first) });
      return;
    }
    if (id && KEBAB.test(id)) idAt.set(id, `${file}:${y.pos([i, 'id']).line}`);
    const url = asText(r.url);
    const v = r.via && typeof r.via === 'object' && !Array.isArray(r.via) ? (r.via as Record<string, unknown>) : undefined;
    const vurl = asText(v?.url);
    const name = asText(v?.name)?.trim();
    // One address, one source: the same page is never two entries.
    const seen = new Set<string>();
    for (const [addr, field, path] of [[url, 'url', ['url']], [vurl, 'via url', ['via', 'url']]] as const) {
      if (!addr || seen.has(addr)) continue;
      seen.add(addr);
      const owner = addressOwner(out, addr);
      if (!owner) continue;
      const what = field === owner.field ? `the same ${field} as source "${owner.source.id}"` : `a ${field} that is the ${owner.field} of source "${owner.source.id}"`;
      bad([...path], sourceRules.sameAddress(what, owner.source.id));
    }
    if (!id || !KEBAB.test(id)) return;
    const via: SourceCopy | undefined = v && name && vurl && HTTPS.test(vurl) ? { name, nameEs: asText(v.name_es)?.trim() || undefined, url: vurl, syndicated: v.syndicated === true } : undefined;
    const lang = (parsed.success ? parsed.data.lang : undefined) ?? (r.lang === 'es' ? 'es' : 'en');
    out.set(id, {
      id,
      publisher: asText(r.publisher) ?? '',
      publisherEs: asText(r.publisher_es)?.trim() || undefined,
      title: asText(r.title) ?? '',
      titleEs: asText(r.title_es)?.trim() || undefined,
      url: url && HTTPS.test(url) ? url : undefined,
      via,
      published: asText(r.published),
      accessed: asText(r.accessed) ?? '',
      note: asText(r.note)?.trim() || undefined,
      noteEs: asText(r.note_es)?.trim() || undefined,
      lang: lang as SourceLang,
    });
  });
}
