import { describe, expect, it } from 'vitest';
import { bioSpans, evaluateNer, formatNerEvaluation } from './nerEval.js';

describe('bioSpans', () => {
  it('reads B/I runs and treats a stray I as a start (CoNLL)', () => {
    expect(bioSpans(['B-PERS', 'I-PERS', 'O', 'I-LOC', 'I-LOC', 'B-LOC', 'I-ORG'])).toEqual([
      { start: 0, end: 2, type: 'PERS' },
      { start: 3, end: 5, type: 'LOC' },
      { start: 5, end: 6, type: 'LOC' },
      { start: 6, end: 7, type: 'ORG' },
    ]);
    expect(bioSpans([])).toEqual([]);
  });
});

describe('evaluateNer', () => {
  it('scores exact spans per type and micro, with a confusion table', () => {
    const gold = [['B-PERS', 'I-PERS', 'O', 'B-LOC'], ['B-ORG', 'O']];
    const pred = [['B-PERS', 'O', 'O', 'B-LOC'], ['B-LOC', 'B-MISC']];
    const e = evaluateNer(gold, pred);
    expect(e.byType['LOC']).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(e.byType['PERS']).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(e.byType['ORG']).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(e.micro).toMatchObject({ tp: 1, fp: 3, fn: 2 });
    expect(e.micro.precision).toBeCloseTo(25);
    expect(e.micro.recall).toBeCloseTo(100 / 3);
    expect(e.confusion['ORG']).toEqual({ LOC: 1 });
    expect(e.confusion['PERS']).toEqual({ MISSED: 1 });
    expect(e.confusion['SPURIOUS']).toEqual({ PERS: 1, MISC: 1 });
    expect(e.tokens).toBe(6);
    expect(formatNerEvaluation(e)).toContain('micro');
  });
  it('gives zeros, not NaN, when there is nothing', () => {
    const e = evaluateNer([['O']], [['O']]);
    expect(e.micro.f1).toBe(0);
    expect(e.tokenAccuracy).toBe(100);
  });
});
