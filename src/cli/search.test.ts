import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RawInput } from '../core/article.js';
import type { PreparedRecord } from '../store/store.js';
import type { SearchResult } from '../search/types.js';
import { openSqliteStore } from '../store/sqliteStore.js';
import { main } from './main.js';
import { captureOutput } from './output.js';

function record(source: string, title: string, text: string): PreparedRecord {
  const bytes = new TextEncoder().encode(text);
  const raw: RawInput = {
    source,
    kind: 'text',
    bytes,
    encoding: 'utf-8',
    sha256: createHash('sha256').update(bytes).digest('hex'),
    fields: {},
    decoded: text,
  };
  return { raw, article: { raw, text, meta: { title: { value: title, from: 'test', confidence: 1 } }, annotations: {}, messages: [] } };
}

describe('marsad search / reindex', () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-search-cli-'));
  const db = join(dir, 'm.db');
  const store = openSqliteStore(db);
  store.ingestBatch(store.beginRun([]), [
    record('a.txt', 'اجتماع الوزراء', 'عقد الوزراء اجتماعهم الأسبوعي وناقشوا ميزانية المدارس.'),
    record('b.txt', 'مباراة حاسمة', 'فاز الفريق في مباراة حاسمة مساء الجمعة.'),
  ]);
  store.close();

  it('rebuilds the index, then finds and highlights', async () => {
    const io = captureOutput();
    expect(await main(['reindex', '--db', db], { io, cwd: dir })).toBe(0);
    expect(io.stdout.join('\n')).toMatch(/indexed 2 articles/);
    const out = captureOutput();
    expect(await main(['search', 'المدارس', '--db', db, '--flat', '--json'], { io: out, cwd: dir })).toBe(0);
    const r = JSON.parse(out.stdout.join('')) as SearchResult;
    expect(r.total).toBe(1);
    expect(r.hits[0]!.title).toBe('اجتماع الوزراء');
    const text = captureOutput();
    expect(await main(['search', 'مباراة', '--db', db], { io: text, cwd: dir })).toBe(0);
    expect(text.stdout.join('\n')).toContain('«مباراة»');
  });

  it('reports a bad query as a usage error (exit 2), not a crash', async () => {
    const io = captureOutput();
    expect(await main(['search', 'ب*', '--db', db], { io, cwd: dir })).toBe(2);
    expect(io.stderr.join('\n')).toContain('PREFIX_TOO_SHORT');
  });
});
