/**
 * Smaller search index chunks. Pagefind 1.6 splits each language's word index
 * into chunks of about 20,000 word positions, a constant it does not expose; for
 * this site that is one chunk of some 32 KB that most first queries must load.
 * After Pagefind has written its files, this step splits the chunks again at a
 * smaller size, between first letters, and rewrites the language's metadata
 * file (which names every chunk and the words it spans) and the entry file.
 * Search results are unchanged: the same words, pages and positions, in more files.
 *
 * The files are gzipped CBOR after a "pagefind_dcd" signature. Every file is
 * decoded and encoded again before anything is written, and the step stops the
 * build if the bytes do not come back identical, so a new Pagefind format fails
 * loudly instead of shipping a broken index.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

const SIGNATURE = 'pagefind_dcd';

type Cbor = number | string | Cbor[] | Map<Cbor, Cbor>;

function decode(buf: Buffer): Cbor {
  let i = 0;
  const head = (): [number, number | null] => {
    const b = buf[i++]!;
    const major = b >> 5;
    const info = b & 31;
    if (info < 24) return [major, info];
    if (info === 24) return [major, buf[i++]!];
    if (info === 25) return [major, (i += 2, buf.readUInt16BE(i - 2))];
    if (info === 26) return [major, (i += 4, buf.readUInt32BE(i - 4))];
    if (info === 27) return [major, (i += 8, Number(buf.readBigUInt64BE(i - 8)))];
    if (info === 31) return [major, null];
    throw new Error(`unexpected CBOR head ${b} at ${i - 1}`);
  };
  const item = (): Cbor => {
    const [major, n] = head();
    if (n === null) throw new Error('indefinite CBOR lengths are not expected in a Pagefind index');
    switch (major) {
      case 0:
        return n;
      case 1:
        return -1 - n;
      case 3:
        return (i += n, buf.toString('utf8', i - n, i));
      case 4:
        return Array.from({ length: n }, item);
      case 5: {
        const m = new Map<Cbor, Cbor>();
        for (let k = 0; k < n; k++) m.set(item(), item());
        return m;
      }
      default:
        throw new Error(`CBOR major type ${major} is not expected in a Pagefind index`);
    }
  };
  const out = item();
  if (i !== buf.length) throw new Error('trailing bytes after the CBOR item');
  return out;
}

function encode(v: Cbor): Buffer {
  const parts: Buffer[] = [];
  const head = (major: number, n: number) => {
    const m = major << 5;
    if (n < 24) parts.push(Buffer.from([m | n]));
    else if (n < 0x100) parts.push(Buffer.from([m | 24, n]));
    else if (n < 0x10000) parts.push(Buffer.from([m | 25, n >> 8, n & 255]));
    else if (n < 0x100000000) {
      const b = Buffer.alloc(5);
      b[0] = m | 26;
      b.writeUInt32BE(n, 1);
      parts.push(b);
    } else {
      const b = Buffer.alloc(9);
      b[0] = m | 27;
      b.writeBigUInt64BE(BigInt(n), 1);
      parts.push(b);
    }
  };
  const put = (x: Cbor) => {
    if (typeof x === 'number') {
      if (!Number.isInteger(x)) throw new Error('floats are not expected in a Pagefind index');
      if (x >= 0) head(0, x);
      else head(1, -1 - x);
    } else if (typeof x === 'string') {
      const b = Buffer.from(x, 'utf8');
      head(3, b.length);
      parts.push(b);
    } else if (Array.isArray(x)) {
      head(4, x.length);
      x.forEach(put);
    } else {
      head(5, x.size);
      for (const [k, val] of x) {
        put(k);
        put(val);
      }
    }
  };
  put(v);
  return Buffer.concat(parts);
}

/** Reads a Pagefind file and checks that it encodes back to the same bytes. */
export function readPf(file: string): Cbor {
  const raw = gunzipSync(readFileSync(file));
  if (raw.toString('utf8', 0, SIGNATURE.length) !== SIGNATURE) throw new Error(`${file} does not start with Pagefind's signature`);
  const body = raw.subarray(SIGNATURE.length);
  const value = decode(body);
  if (!encode(value).equals(body)) throw new Error(`${file}: does not read back byte for byte, so its format is not the one this step knows (written for Pagefind 1.6); check the new format, or remove the rechunk call in src/integrations/pagefind.ts to ship Pagefind's own chunks`);
  return value;
}

function writePf(file: string, value: Cbor): Buffer {
  const bytes = Buffer.concat([Buffer.from(SIGNATURE, 'utf8'), encode(value)]);
  writeFileSync(file, gzipSync(bytes, { level: 9 }));
  return bytes;
}

const hashOf = (b: Buffer, n: number) => createHash('sha256').update(b).digest('hex').slice(0, n);

/** A word entry: [word, [[page, [positions...], ...], ...], ...]; it weighs what Pagefind weighs: positions plus one per page. */
function weight(word: Cbor[]): number {
  return (word[1] as Cbor[][]).reduce((n, p) => n + (p[1] as Cbor[]).length + 1, 0);
}

const firstChar = (word: Cbor[]) => [...(word[0] as string)][0] ?? '';

export interface Rechunked {
  lang: string;
  before: number;
  after: number;
  largest: number;
}

/**
 * Splits every language's word index into chunks of about `size` positions or a
 * little more (a chunk closes at the first change of first letter once it has
 * reached the size).
 */
export function rechunk(bundle: string, size: number): Rechunked[] {
  const entryFile = join(bundle, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { hash: string }> };
  const report: Rechunked[] = [];
  for (const [lang, info] of Object.entries(entry.languages)) {
    const metaFile = join(bundle, `pagefind.${info.hash}.pf_meta`);
    const meta = readPf(metaFile) as Cbor[];
    const chunks = meta[2] as [string, string, string][];
    const words: Cbor[][] = [];
    for (const [, , hash] of chunks) {
      const index = readPf(join(bundle, 'index', `${hash}.pf_index`)) as Cbor[];
      if (index.length !== 1 || !Array.isArray(index[0])) throw new Error(`index chunk ${hash} has an unexpected shape`);
      words.push(...(index[0] as Cbor[][]));
    }
    const groups: Cbor[][][] = [];
    let group: Cbor[][] = [];
    let w = 0;
    words.forEach((word, k) => {
      group.push(word);
      w += weight(word);
      // A chunk closes only where the first letter changes, so every word that starts with what a reader typed
      // (Pagefind matches prefixes) is in one chunk, and the chunk's bounds below find it.
      const following = words[k + 1];
      if (w >= size && (!following || firstChar(following) !== firstChar(word))) {
        groups.push(group);
        group = [];
        w = 0;
      }
    });
    if (group.length) groups.push(group);
    // Pagefind loads the chunks whose bounds hold a query term (from <= term <= to): from is the chunk's first letter,
    // to its last word, so a term (or any beginning of a word) falls in exactly the chunk of its first letter.
    const next: [string, string, string][] = groups.map((g) => {
      const file = Buffer.concat([Buffer.from(SIGNATURE), encode([g])]);
      return [firstChar(g[0]!), g[g.length - 1]![0] as string, `${lang}_${hashOf(file, 7)}`];
    });
    let largest = 0;
    groups.forEach((g, k) => {
      writePf(join(bundle, 'index', `${next[k]![2]}.pf_index`), [g]);
      largest = Math.max(largest, readFileSync(join(bundle, 'index', `${next[k]![2]}.pf_index`)).length);
    });
    const keep = new Set(next.map((c) => c[2]));
    for (const [, , hash] of chunks) if (!keep.has(hash)) rmSync(join(bundle, 'index', `${hash}.pf_index`));
    meta[2] = next;
    const metaBytes = Buffer.concat([Buffer.from(SIGNATURE), encode(meta)]);
    const metaHash = `${lang}_${hashOf(metaBytes, 10)}`;
    writePf(join(bundle, `pagefind.${metaHash}.pf_meta`), meta);
    if (metaHash !== info.hash) rmSync(metaFile);
    info.hash = metaHash;
    report.push({ lang, before: chunks.length, after: next.length, largest });
  }
  writeFileSync(entryFile, JSON.stringify(entry));
  return report;
}
