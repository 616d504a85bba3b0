import { describe, expect, it } from 'vitest';
import { tagDocument, tagTokens } from './nerModel.js';
import { tinyModel } from './testModel.js';

// A toy task in my own words: a word after السيد or السيدة is a person; after مدينة a place.
const people = ['سامر', 'نادين', 'كريم', 'ليلى', 'هشام', 'رنا'];
const places = ['حلب', 'صور', 'فاس', 'جدة'];
const train: [string, string][][] = [];
for (const p of people) {
  train.push([['وصل', 'O'], ['السيد', 'O'], [p, 'B-PERS'], ['أمس', 'O']]);
  train.push([['قالت', 'O'], ['السيدة', 'O'], [p, 'B-PERS'], ['إن', 'O'], ['الوضع', 'O'], ['هادئ', 'O']]);
}
for (const c of places) train.push([['زار', 'O'], ['مدينة', 'O'], [c, 'B-LOC'], ['اليوم', 'O']]);
const model = tinyModel(train);

describe('tagTokens', () => {
  it('tags an unseen word by its context', () => {
    expect(tagTokens(['وصل', 'السيد', 'باسل', 'أمس'], model)).toEqual(['O', 'O', 'B-PERS', 'O']);
    expect(tagTokens(['زار', 'مدينة', 'طنجة', 'اليوم'], model)[2]).toBe('B-LOC');
  });
  it('survives bad input: empty, very long, all-Latin, all-digit, odd characters', () => {
    expect(tagTokens([], model)).toEqual([]);
    const long = Array.from({ length: 5000 }, (_, i) => (i % 7 === 0 ? 'السيد' : `كلمة${i % 13}`));
    const tags = tagTokens(long, model);
    expect(tags).toHaveLength(5000);
    expect(tags.every((t) => /^(O|[BI]-(PERS|LOC|ORG|MISC))$/.test(t))).toBe(true);
    expect(tagTokens(['ب'.repeat(1000), 'x'.repeat(1000)], model)).toHaveLength(2);
    expect(tagTokens(['Hello', 'World', 'again'], model)).toHaveLength(3);
    expect(tagTokens(['2024', '12', '٣٤'], model)).toHaveLength(3);
    expect(tagTokens(['\u0000', '\uFFFF', '\uD800', '🙂', '', ' '], model)).toHaveLength(6);
  });
  it('tags documents sentence by sentence', () => {
    const out = tagDocument([['وصل', 'السيد', 'هشام'], [], ['زار', 'مدينة', 'حلب']], model);
    expect(out.map((s) => s.length)).toEqual([3, 0, 3]);
  });
});

describe('CoNLL helpers', () => {
  it('tag a CoNLL stream and score it against its last column', async () => {
    const { tagConllText, evaluateConllText } = await import('./nerCli.js');
    const input = 'وصل O\nالسيد O\nسامر B-PERS\n\nزار O\nمدينة O\nحلب B-LOC\n';
    expect(tagConllText(input, model)).toBe('وصل\tO\nالسيد\tO\nسامر\tB-PERS\n\nزار\tO\nمدينة\tO\nحلب\tB-LOC\n\n');
    const { evaluation, report } = evaluateConllText(input, model);
    expect(evaluation.micro.f1).toBe(100);
    expect(report).toContain('PERS');
  });
});
