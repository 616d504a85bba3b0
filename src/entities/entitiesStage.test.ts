import { describe, expect, it } from 'vitest';
import type { Article } from '../core/article.js';
import { buildPipeline } from '../core/pipeline.js';
import { tokenize } from '../arabic/tokenize.js';
import { entitiesStage } from './entitiesStage.js';
import { tinyModel } from './testModel.js';

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
});
