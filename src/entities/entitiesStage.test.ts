import { describe, expect, it } from 'vitest';
import type { Article } from '../core/article.js';
import { buildPipeline } from '../core/pipeline.js';
import { tokenize } from '../arabic/tokenize.js';
import { entitiesStage, withoutNisbas } from './entitiesStage.js';
import { parseGazetteer } from './gazetteer.js';
import type { Mention } from './mentions.js';
import { tinyModel } from './testModel.js';
import { createArabicResources } from '../arabic/resources.js';
import { loadArabicLexicon } from '../models/arabicLexicon.js';

const article = (text: string): Article => {
  const tokens = tokenize(text);
  return {
    raw: { source: 't', kind: 'text', bytes: new Uint8Array(), encoding: 'utf-8', sha256: 'x', fields: {}, decoded: text },
    text,
    meta: {},
    annotations: { tokens: { tokens, terms: tokens.map(() => null), sentences: [{ start: 0, end: text.length }], sentenceTokens: [[0, tokens.length]] } },
    messages: [],
  };
};

describe('entitiesStage', () => {
  const pipeline = buildPipeline([entitiesStage(undefined)], { given: ['tokens'] });
  it('reports a missing model and returns no mentions', () => {
    const out = pipeline.run(article('وصل السيد سامر')).article;
    expect(out.annotations.entities).toEqual({ mentions: [] });
    expect(out.messages.map((m) => m.code)).toEqual(['NER_MODEL_MISSING']);
  });
  it('finds mentions with spans into the text', () => {
    const names = ['سامر', 'نادين', 'كريم', 'هشام'];
    const ner = tinyModel(names.map((n) => [['وصل', 'O'], ['السيد', 'O'], [n, 'B-PERS'], ['أمس', 'O']]));
    const text = 'وصل السيد باسل أمس';
    const out = pipeline.run(article(text), { ner }).article;
    const ms = out.annotations.entities?.mentions ?? [];
    expect(ms.map((m) => [m.text, m.type, text.slice(m.start, m.end)])).toEqual([['باسل', 'PER', 'باسل']]);
    expect(ms[0]?.roles?.[0]?.text).toBe('السيد');
  });
  it('leaves a preposition out of a name the article also writes bare', () => {
    const arabic = createArabicResources(loadArabicLexicon());
    const names = ['سامر', 'نادين', 'كريم', 'هشام'];
    const ner = tinyModel(names.flatMap((n) => [
      [['التقى', 'O'], [n, 'B-PERS'], ['أمس', 'O']],
      [['قال', 'O'], ['ل' + n, 'B-PERS'], ['أمس', 'O']],
    ]));
    const run = (text: string): string[] =>
      (pipeline.run(article(text), { ner, arabic }).article.annotations.entities?.mentions ?? []).map((m) => text.slice(m.start, m.end));
    // Bare elsewhere in the article: the ل is not part of the name.
    expect(run('التقى باسل أمس . قال لباسل أمس')).toEqual(['باسل', 'باسل']);
    // Only the prefixed form, unknown to the gazetteer: the span keeps the letter.
    expect(run('قال لباسل أمس')).toEqual(['لباسل']);
  });
});

describe('withoutNisbas', () => {
  const gaz = parseGazetteer('LOC\tالسعودية\t\t0\nNISBA\tالأوكراني\tأوكرانيا\t0\nNISBA\tالسعودي\tالسعودية\t0\nNISBA\tالكوري الشمالي\tكوريا الشمالية\t0\n');
  const m = (text: string, type: Mention['type']): Mention => ({ start: 0, end: text.length, text, type, key: text });
  it('drops a mention that is only a nisba, definite or not, masculine or feminine, one or two words', () => {
    const out = withoutNisbas([m('أوكراني', 'PER'), m('الأوكرانية', 'LOC'), m('الكورية الشمالية', 'LOC'), m('كوريا', 'LOC')], gaz);
    expect(out.map((x) => x.text)).toEqual(['كوريا']);
  });
  it('keeps a nisba that is also a known name, and a nisba surname whose full name the article gives', () => {
    const out = withoutNisbas([m('السعودية', 'LOC'), m('سامر الأوكراني', 'PER'), m('الأوكراني', 'PER'), m('أوكراني', 'MISC')], gaz);
    expect(out.map((x) => x.text)).toEqual(['السعودية', 'سامر الأوكراني', 'الأوكراني']);
  });
});
