import { describe, expect, it } from 'vitest';
import { tokenize } from '../arabic/tokenize.js';
import { normalizeMatch } from '../arabic/normalize.js';
import type { Segmentation } from '../arabic/clitics.js';
import { mentionsFromTags } from './mentions.js';

// A toy segmenter: a leading و or ل before a known base is a proclitic.
const BASES = new Set(['سامي', 'المدينة', 'بيروت']);
const segment = (w: string): Segmentation => {
  const n = normalizeMatch(w);
  if ((n.startsWith('و') || n.startsWith('ل')) && BASES.has(w.slice(1))) return { prefixes: [n.charAt(0)], base: n.slice(1), suffixes: [], baseStart: 1, baseEnd: w.length };
  return { prefixes: [], base: n, suffixes: [], baseStart: 0, baseEnd: w.length };
};

function run(text: string, tagOf: Record<string, string>): ReturnType<typeof mentionsFromTags> {
  const tokens = tokenize(text);
  const tags = tokens.map((t) => tagOf[t.text] ?? 'O');
  return mentionsFromTags(text, tokens, 0, tags, segment);
}

describe('mentionsFromTags', () => {
  it('gives spans into the text and a role before the name', () => {
    const text = 'التقى وزير الصحة اللبناني سامي نصار أمس';
    const m = run(text, { سامي: 'B-PERS', نصار: 'I-PERS' });
    expect(m).toHaveLength(1);
    const p = m[0]!;
    expect(text.slice(p.start, p.end)).toBe('سامي نصار');
    expect(p.type).toBe('PER');
    expect(p.roles?.[0]?.text).toBe('وزير الصحة اللبناني');
  });
  it('finds appositions in commas, after and before the name', () => {
    const after = run('قال سامي نصار، وزير الصحة، إن الوضع مستقر', { سامي: 'B-PERS', نصار: 'I-PERS' });
    expect(after[0]?.roles?.[0]?.text).toBe('وزير الصحة');
    const before = run('واستقبل نظيره الأردني، سامي نصار، في المطار', { سامي: 'B-PERS', نصار: 'I-PERS' });
    expect(before[0]?.roles?.[0]?.text).toBe('نظيره الأردني');
  });
  it('leaves a proclitic and glued punctuation out of the span, and gives no role without a title', () => {
    const text = 'وصل وسامي إلى بيروت؛ ثم غادر';
    const m = run(text, { وسامي: 'B-PERS', 'بيروت': 'B-LOC' });
    expect(m.map((x) => x.text)).toEqual(['سامي', 'بيروت']);
    expect(m[0]?.roles).toBeUndefined();
    expect(m[1]?.type).toBe('LOC');
  });
  it('drops particles and kinship words at the edges of a person span, but not of a place', () => {
    const text = 'وأكد أن سامي نصار سيعود مع والد سامي نصار';
    const m = run(text, { أن: 'B-PERS', سامي: 'I-PERS', نصار: 'I-PERS', مع: 'B-PERS', والد: 'I-PERS' });
    expect(m.map((x) => x.text)).toEqual(['سامي نصار', 'سامي نصار']);
    // Only edge words go: a span made of such words alone keeps its last word.
    expect(run('قال إنه عن', { إنه: 'B-PERS', عن: 'I-PERS' }).map((x) => x.text)).toEqual(['عن']);
    expect(run('وصل إلى شمال المدينة', { شمال: 'B-LOC', المدينة: 'I-LOC' }).map((x) => x.text)).toEqual(['شمال المدينة']);
    // Title words ending a name of three or more words; a two-word name keeps them.
    expect(run('استقبل سامي بن نصار ولي العهد', { سامي: 'B-PERS', بن: 'I-PERS', نصار: 'I-PERS', ولي: 'I-PERS', العهد: 'I-PERS' }).map((x) => x.text)).toEqual(['سامي بن نصار']);
    expect(run('قال خالد الأمير', { خالد: 'B-PERS', الأمير: 'I-PERS' }).map((x) => x.text)).toEqual(['خالد الأمير']);
    expect(run('قال سامي بن نصار الشيخ', { سامي: 'B-PERS', بن: 'I-PERS', نصار: 'I-PERS', الشيخ: 'I-PERS' }).map((x) => x.text)).toEqual(['سامي بن نصار الشيخ']);
    // A preposition glued to a particle, which segmenters keep whole.
    expect(run('وأكد بأن سامي نصار سيعود', { بأن: 'B-PERS', سامي: 'I-PERS', نصار: 'I-PERS' }).map((x) => x.text)).toEqual(['سامي نصار']);
    expect(run('سافر سامي نصار لشرق المدينة', { سامي: 'B-PERS', نصار: 'I-PERS', لشرق: 'I-PERS' }).map((x) => x.text)).toEqual(['سامي نصار']);
    // Names spelled like a particle after normalisation stay: علي (not على), آن (not أن).
    expect(run('قال علي سامي', { علي: 'B-PERS', سامي: 'I-PERS' }).map((x) => x.text)).toEqual(['علي سامي']);
    expect(run('قالت آن سامي', { آن: 'B-PERS', سامي: 'I-PERS' }).map((x) => x.text)).toEqual(['آن سامي']);
  });
  it('handles empty input', () => {
    expect(mentionsFromTags('', [], 0, [], segment)).toEqual([]);
  });
});

describe('mentionsFromTags on bad input', () => {
  it('handles a 5,000-token sentence, 1,000-character tokens and odd characters', () => {
    const words = Array.from({ length: 5000 }, (_, i) => (i % 10 === 0 ? 'الوزير' : i % 10 === 1 ? 'سامي' : 'كلمة'));
    const text = words.join(' ');
    const tokens = tokenize(text);
    const tags = tokens.map((t) => (t.text === 'سامي' ? 'B-PERS' : 'O'));
    const m = mentionsFromTags(text, tokens, 0, tags, segment);
    expect(m).toHaveLength(500);
    expect(m.every((x) => x.roles?.[0]?.text === 'الوزير')).toBe(true);
    const odd = `${'ب'.repeat(1000)} \u0000 🙂 ${'x'.repeat(1000)}`;
    const ot = tokenize(odd);
    expect(() => mentionsFromTags(odd, ot, 0, ot.map(() => 'B-MISC'), segment)).not.toThrow();
  });
});
