import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../models/paths.js';
import { cleanArticle } from './cleanArticle.js';
import { rawOf } from './testInput.js';

// The project's own sample corpus (examples/sample) has an answer key; the plain-text and HTML
// files are cleaned here and compared with it. (JSONL and feed records go through the readers.)
const root = packageRoot();
const keyPath = join(root, 'examples', 'sample-key.json');
const present = existsSync(keyPath);

interface KeyRecord {
  format: string;
  publisher: string;
  title: string;
  published: string | null;
  encoding?: string;
}

describe.skipIf(!present)('examples/sample against its answer key', () => {
  const key = present ? (JSON.parse(readFileSync(keyPath, 'utf8')) as { records: Record<string, KeyRecord> }) : { records: {} };
  const files = Object.entries(key.records).filter(([name, r]) => !name.includes('[') && (r.format === 'txt' || r.format === 'html'));

  it('has text and HTML records', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  for (const [name, exp] of files) {
    it(name, () => {
      const decoded = new TextDecoder(exp.encoding ?? 'utf-8').decode(readFileSync(join(root, 'examples', 'sample', name)));
      const c = cleanArticle(rawOf(decoded, exp.format === 'html' ? 'html' : 'text', {}, name));
      expect(c.meta.title?.value).toBe(exp.title);
      expect(c.meta.publisher?.value).toBe(exp.publisher);
      if (exp.published === null) {
        expect(c.meta.published).toBeUndefined();
        expect(c.messages.map((m) => m.code)).toContain('DATE_MISSING');
      } else expect(c.meta.published?.value).toBe(exp.published);
      expect(c.text.length).toBeGreaterThan(300);
      expect(c.text).not.toMatch(/cookies/i);
      const paragraphs = c.text.split('\n\n');
      for (const chrome of ['أضف تعليق', 'مقالات ذات صلة', 'الرئيسية', 'تابعو', 'شارك:', 'اقرأ أيضا', 'حمّل تطبيق', '©']) {
        for (const p of paragraphs) expect(p.startsWith(chrome), `${chrome} in ${p.slice(0, 40)}`).toBe(false);
      }
      expect(c.text).not.toContain(exp.title);
    });
  }
});
