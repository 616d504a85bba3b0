import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../models/paths.js';
import { planInputs } from './planInputs.js';
import { readFile } from './readFile.js';
import { splitItems } from './testHelpers.js';

const seeds = sharedPath('seeds');
const snn = sharedPath('data', 'saudinewsnet');
if (!existsSync(seeds)) console.log(`ingest shared tests: ${seeds} is missing; seed test skipped`);
if (!existsSync(snn)) console.log(`ingest shared tests: ${snn} is missing; SaudiNewsNet test skipped`);

describe.skipIf(!existsSync(seeds))('reading ../shared/seeds', () => {
  it('gives one text record per seed file, sources ending with the file names', async () => {
    const names = readdirSync(seeds).filter((n) => n.endsWith('.txt')).sort();
    const plan = await planInputs([seeds]);
    expect(plan.failures).toEqual([]);
    const { records, failures } = splitItems(plan.files.flatMap((f) => [...readFile(f)]));
    expect(failures).toEqual([]);
    expect(records).toHaveLength(names.length);
    expect(records.map((r) => basename(r.source))).toEqual(names);
    for (const r of records) {
      expect(r.kind).toBe('text');
      expect(r.decoded).toBe(readFileSync(r.source, 'utf8').replace(/^\uFEFF/, ''));
    }
  });
});

describe.skipIf(!existsSync(snn))('reading a ../shared/data/saudinewsnet zip', () => {
  it('gives one record per article, with fields mapped', () => {
    // The smallest zip keeps the test quick.
    const zip = readdirSync(snn)
      .filter((n) => n.endsWith('.zip'))
      .sort((x, y) => statSync(join(snn, x)).size - statSync(join(snn, y)).size)[0]!;
    const path = join(snn, zip);
    // Independent reading of the same zip, to compare against.
    const files = unzipSync(readFileSync(path));
    const [[member, data]] = Object.entries(files) as [[string, Uint8Array]];
    const articles = JSON.parse(new TextDecoder().decode(data)) as Array<Record<string, string>>;
    const { records, failures } = splitItems(readFile({ path, size: 0 }));
    expect(failures).toEqual([]);
    expect(records).toHaveLength(articles.length);
    records.forEach((r, i) => {
      const a = articles[i]!;
      expect(r.member).toBe(`${member}[${i}]`);
      expect(r.kind).toBe('json');
      expect(r.source).toBe(path);
      const f = r.fields;
      const given = (v: string | undefined): string | undefined => (v === undefined || v.trim() === '' ? undefined : v);
      expect(f.title).toBe(given(a['title']));
      expect(f.content).toBe(given(a['content']));
      expect(f.url).toBe(given(a['url']));
      expect(f.publisher).toBe(given(a['source']));
      expect(f.dateExtracted).toBe(given(a['date_extracted']));
      expect(f.author).toBe(given(a['author']));
      expect(r.decoded).toBe(given(a['content']) ?? '');
    });
  });
});
