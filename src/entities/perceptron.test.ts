import { describe, expect, it } from 'vitest';
import { decode, NER_TAGS } from './nerWeights.js';
import { trainPerceptron } from './perceptron.js';
import { stubExtractor } from './testModel.js';

// A toy task in my own words: the word after وزارة starts an organisation, after مدينة a place.
const fx = stubExtractor();
const ids = new Map<string, number>(NER_TAGS.map((t, i) => [t, i]));
const rows: [string, string][][] = [];
for (const w of ['الصحة', 'المالية', 'التعليم', 'الزراعة']) rows.push([['قالت', 'O'], ['وزارة', 'B-ORG'], [w, 'I-ORG'], ['أمس', 'O']]);
for (const w of ['حمص', 'وهران', 'أربيل']) rows.push([['في', 'O'], ['مدينة', 'O'], [w, 'B-LOC'], ['اليوم', 'O']]);
const data = rows.map((s) => ({ ...fx.sentence(s.map(([w]) => w)), gold: Int32Array.from(s, ([, t]) => ids.get(t) ?? 0) }));

describe('trainPerceptron', () => {
  it('learns the training data with and without cost-augmented decoding', () => {
    for (const cost of [0, 1]) {
      const w = trainPerceptron(data, { epochs: 6, cost });
      for (const s of data) expect(Array.from(decode(w, s))).toEqual(Array.from(s.gold));
    }
  });
  it('is deterministic for a seed and depends on the cost', () => {
    const a = trainPerceptron(data, { epochs: 4, cost: 1, dropout: 0.2, seed: 3 });
    const b = trainPerceptron(data, { epochs: 4, cost: 1, dropout: 0.2, seed: 3 });
    const c = trainPerceptron(data, { epochs: 4, cost: 0, dropout: 0.2, seed: 3 });
    expect(Array.from(a.w)).toEqual(Array.from(b.w));
    expect(Array.from(a.w)).not.toEqual(Array.from(c.w));
  });
});
