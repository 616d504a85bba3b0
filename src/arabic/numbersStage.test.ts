import { describe, expect, it } from 'vitest';
import type { Article } from '../core/article.js';
import { buildPipeline } from '../core/pipeline.js';
import { numbersStage } from './numbersStage.js';

function article(text: string): Article {
  return {
    raw: { source: 'test', kind: 'text', bytes: new Uint8Array(), encoding: 'utf-8', sha256: '', fields: {}, decoded: text },
    text,
    meta: {},
    annotations: {},
    messages: [],
  };
}

describe('numbers stage', () => {
  it('provides the numbers of the clean text', () => {
    const text = 'شارك نحو 300 متطوع في اليوم الثاني';
    const { article: a } = buildPipeline([numbersStage()]).run(article(text));
    const ns = a.annotations.numbers ?? [];
    expect(ns.map((n) => [n.text, n.kind, n.value, n.qualifier])).toEqual([
      ['نحو 300', 'cardinal', 300, 'approx'],
      ['الثاني', 'ordinal', 2, 'exact'],
    ]);
    expect(a.messages).toEqual([]);
  });

  it('passes its options on', () => {
    const run = (o?: { colloquial: boolean }) => buildPipeline([numbersStage(o)]).run(article('متين')).article.annotations.numbers ?? [];
    expect(run()).toHaveLength(0);
    expect(run({ colloquial: true }).map((n) => n.value)).toEqual([200]);
  });
});
