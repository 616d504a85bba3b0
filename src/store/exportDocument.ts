import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Message } from '../core/message.js';
import { exportArticleEvents, exportClaims, exportQuotes } from '../events/exportEvents.js';
import type { PublicationWindow } from '../time/inferPublicationWindow.js';
import type { Store, StoredArticle } from './store.js';

/** Version of the export document's schema (see README "Export format"). */
export const EXPORT_VERSION = '1';

/** One article in the export document. */
export interface ExportedArticle {
  id: number;
  /** The path or URL exactly as given to ingest (for a record inside a container: the container's path). */
  source: string;
  /** Where inside the container (`file.json[3]`), when the record came from one. */
  member?: string;
  /** The article's own URL when the input gave one. */
  url: string | null;
  sha256: string;
  title: string | null;
  publisher: string | null;
  /** ISO 8601 date or date-time, or null when it could not be determined. */
  published: string | null;
  text: string;
  messages: Message[];
  version: number;
  supersedes?: number;
  /** For articles with no `published`: the inferred publication window and its evidence. */
  publishedInferred?: PublicationWindow;
}

/** Map a stored article to its export form. */
export function exportArticle(a: StoredArticle): ExportedArticle {
  const e: ExportedArticle = {
    id: a.id,
    source: a.raw.source,
    url: a.meta.url?.value ?? null,
    sha256: a.raw.sha256,
    title: a.meta.title?.value ?? null,
    publisher: a.meta.publisher?.value ?? null,
    published: a.meta.published?.value ?? null,
    text: a.text,
    messages: a.messages,
    version: a.version,
  };
  if (a.raw.member !== undefined) e.member = a.raw.member;
  if (a.supersedes !== undefined) e.supersedes = a.supersedes;
  const inferred = a.annotations.time?.publishedInferred;
  if (e.published === null && inferred) e.publishedInferred = inferred;
  return e;
}

async function write(w: Writable, s: string): Promise<void> {
  if (!w.write(s)) await once(w, 'drain');
}

/**
 * Stream the export document `{ version, articles: [...] }` to a writable, one article at a
 * time, so memory stays flat on large stores. Returns the number of articles written.
 */
export async function writeExport(store: Store, w: Writable, options: { allVersions?: boolean } = {}): Promise<number> {
  let n = 0;
  await write(w, `{"version":${JSON.stringify(EXPORT_VERSION)},"generatedAt":${JSON.stringify(new Date().toISOString())},"articles":[`);
  for (const a of store.iterateArticles(options)) {
    await write(w, (n === 0 ? '\n' : ',\n') + JSON.stringify(exportArticle(a)));
    n++;
  }
  // Article-level extractions, one streaming pass each (story-level merging comes with stories).
  const sections: [string, (a: StoredArticle) => unknown[]][] = [
    ['events', (a) => (a.annotations.events ? exportArticleEvents(String(a.id), a.text, a.annotations.events.events) : [])],
    ['quotes', (a) => (a.annotations.events ? exportQuotes(String(a.id), a.annotations.events.quotes) : [])],
    ['claims', (a) => (a.annotations.events ? exportClaims(String(a.id), a.annotations.events.claims) : [])],
  ];
  for (const [name, items] of sections) {
    await write(w, `\n],\n${JSON.stringify(name)}:[`);
    let k = 0;
    for (const a of store.iterateArticles(options)) {
      for (const item of items(a)) {
        await write(w, (k === 0 ? '\n' : ',\n') + JSON.stringify(item));
        k++;
      }
    }
  }
  await write(w, '\n]}\n');
  return n;
}

/** Write the export document to a file (or stdout for `-`). */
export async function exportToFile(store: Store, path: string, options: { allVersions?: boolean } = {}): Promise<number> {
  if (path === '-') return writeExport(store, process.stdout, options);
  const w = createWriteStream(path);
  const n = await writeExport(store, w, options);
  w.end();
  await once(w, 'finish');
  return n;
}
