import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../models/paths.js';
import { cleanArticle } from './cleanArticle.js';
import { lineKey } from './lineKey.js';
import { rawOf } from './testInput.js';

// Integration test over the five scraped seed articles in ../shared/seeds. Expectations are
// computed from the files at run time (line numbers, lengths); no seed text is copied here.
const dir = sharedPath('seeds');
const present = existsSync(dir);
if (!present) console.log(`seeds not found at ${dir}: skipping the seed integration test`);

/** Chrome named in the issue that must never reach a clean body. */
const CHROME = ['أضف تعليق', 'اترك تعليق', 'بريدك الإلكتروني', 'زر الذهاب إلى الأعلى', 'مقالات ذات صلة', 'اظهر المزيد', 'reCAPTCHA', 'Exit mobile version', 'By ', '###', '___'];
/** Lines that are long but not body: the notice and credit lines (recognised by a word of theirs). */
const NOT_BODY = /reCAPTCHA|بريدك الإلكتروني|في إعداد هذا التقرير/;

interface Expect {
  /** 1-based line numbers in the file. */
  title: number;
  publisher?: { line: number; strip?: RegExp };
  category?: number;
  agency?: string;
  /** Dateline: the start of this line up to this marker. */
  dateline?: { line: number; before: string };
  published?: string;
}
const EXPECT: Record<string, Expect> = {
  '000': { title: 5, publisher: { line: 2 }, published: '2024-12-03T06:45' },
  '001': { title: 1, publisher: { line: 3, strip: /^By\s+/ }, agency: 'AP', dateline: { line: 7, before: ' (AP)' } },
  '002': { title: 3, category: 1 },
  '003': { title: 3, category: 1 },
  '004': { title: 1, category: 3, published: '2024-06-17' },
};

describe.skipIf(!present)('seed articles', () => {
  const files = present ? readdirSync(dir).filter((f) => f.endsWith('.txt')).sort() : [];

  it('has the five seeds', () => {
    expect(files.map((f) => f.slice(0, 3))).toEqual(Object.keys(EXPECT));
  });

  for (const file of files) {
    describe(file, () => {
      const src = readFileSync(join(dir, file), 'utf8');
      const lines = src.split('\n');
      const line = (n: number): string => (lines[n - 1] ?? '').trim();
      const exp = EXPECT[file.slice(0, 3)] as Expect;
      const c = cleanArticle(rawOf(src, 'text', {}, file));
      const paragraphs = c.text.split('\n\n');

      it('title', () => {
        expect(c.meta.title?.value).toBe(line(exp.title));
        const s = c.meta.title?.span;
        expect(s && src.slice(s.start, s.end)).toBe(line(exp.title));
      });

      it('publisher, category, agency and dateline where the text shows them', () => {
        if (exp.publisher) expect(c.meta.publisher?.value).toBe(line(exp.publisher.line).replace(exp.publisher.strip ?? /^$/, ''));
        else expect(c.meta.publisher).toBeUndefined();
        if (exp.category !== undefined) {
          // A glued label is repaired; compare without spaces.
          expect(c.meta.category?.value.replace(/\s/g, '')).toBe(line(exp.category).replace(/\s/g, ''));
        } else expect(c.meta.category).toBeUndefined();
        if (exp.agency) expect(c.meta.agency?.value).toBe(exp.agency);
        else expect(c.meta.agency).toBeUndefined();
        if (exp.dateline) {
          const l = line(exp.dateline.line);
          expect(c.meta.dateline?.value).toBe(l.slice(0, l.indexOf(exp.dateline.before)));
        } else expect(c.meta.dateline).toBeUndefined();
        expect(c.meta.language?.value).toBe('ar');
      });

      it('published date, or absent with a message', () => {
        if (exp.published) {
          expect(c.meta.published?.value).toBe(exp.published);
          expect(c.messages.map((m) => m.code)).not.toContain('DATE_MISSING');
        } else {
          expect(c.meta.published).toBeUndefined();
          expect(c.messages.map((m) => m.code)).toContain('DATE_MISSING');
        }
      });

      it('no chrome in the body', () => {
        for (const chrome of CHROME) expect(c.text).not.toContain(chrome);
        const titleKey = lineKey(line(exp.title));
        for (const p of paragraphs) expect(lineKey(p)).not.toBe(titleKey);
        const heads = [exp.publisher?.line, exp.category].filter((n): n is number => n !== undefined).map(line);
        for (const h of heads) expect(paragraphs).not.toContain(h);
        if (exp.published) expect(c.text).not.toContain(exp.published.slice(0, 4));
      });

      it('every real paragraph and subheading of the body is kept, in order', () => {
        const titleKey = lineKey(line(exp.title));
        const idx = lines.map((l, i) => (l.trim().length > 120 && !NOT_BODY.test(l) && lineKey(l) !== titleKey ? i : -1)).filter((i) => i >= 0);
        const firstBody = idx[0] ?? 0;
        const lastBody = idx[idx.length - 1] ?? -1;
        expect(idx.length).toBeGreaterThan(5);
        let pos = 0;
        let kept = 0;
        for (let i = firstBody; i <= lastBody; i++) {
          // A markdown heading marker (at the start, or glued after a sentence) separates paragraphs.
          for (const part of (lines[i] ?? '').split(/#{2,6}\s+/)) {
            const l = part.trim();
            if (l === '' || lineKey(l) === titleKey || !/\p{L}/u.test(l)) continue;
            const at = c.text.indexOf(l, pos);
            expect(at, `line ${i + 1} kept in order`).toBeGreaterThanOrEqual(pos);
            pos = at + l.length;
            kept++;
          }
        }
        expect(kept).toBeGreaterThanOrEqual(idx.length);
      });

      it('clean paragraphs map back to the same text in the file', () => {
        for (const s of c.paragraphs) {
          const r = c.offsets.toRawSpan(s);
          expect(src.slice(r.start, r.end)).toBe(c.text.slice(s.start, s.end));
        }
      });
    });
  }
});
