import { describe, expect, it } from 'vitest';
import type { Article } from './article.js';
import { isMarsadError } from './errors.js';
import { message } from './message.js';
import { buildPipeline, defineStage } from './pipeline.js';

declare module './annotations.js' {
  interface AnnotationMap {
    testWords: string[];
    testCount: number;
    testUpper: string[];
  }
}

const article = (text: string): Article => ({
  raw: { source: 't.txt', kind: 'text', bytes: new Uint8Array(), encoding: 'utf-8', sha256: 'x', fields: {}, decoded: text },
  text,
  meta: {},
  annotations: {},
  messages: [],
});

const words = defineStage({
  name: 'words',
  provides: 'testWords',
  create: (opts: { min: number }) => (a) => a.text.split(/\s+/).filter((w) => w.length >= opts.min),
});
const count = defineStage({
  name: 'count',
  provides: 'testCount',
  needs: ['testWords'],
  create: () => (a, ctx) => {
    const n = a.annotations.testWords?.length ?? 0;
    if (n === 0) ctx.report(message('NO_WORDS', 'warning', 'no words'));
    return n;
  },
});
const upper = defineStage({
  name: 'upper',
  provides: 'testUpper',
  needs: ['testWords'],
  create: () => (a) => {
    if (a.text.includes('boom')) throw new Error('exploded');
    return (a.annotations.testWords ?? []).map((w) => w.toUpperCase());
  },
});

describe('pipeline', () => {
  it('orders stages by their needs and attaches each result', () => {
    const p = buildPipeline([count(undefined), words({ min: 2 })]);
    expect(p.stages.map((s) => s.name)).toEqual(['words', 'count']);
    const { article: out } = p.run(article('a bb ccc'));
    expect(out.annotations.testWords).toEqual(['bb', 'ccc']);
    expect(out.annotations.testCount).toBe(2);
  });

  it('refuses to build when a need is unmet', () => {
    try {
      buildPipeline([count(undefined)]);
      expect.unreachable();
    } catch (e) {
      expect(isMarsadError(e, 'PIPELINE_UNMET_NEED')).toBe(true);
      expect((e as Error).message).toContain('testWords');
    }
  });

  it('accepts a need given on the input', () => {
    expect(() => buildPipeline([count(undefined)], { given: ['testWords'] })).not.toThrow();
  });

  it('refuses two providers of one annotation', () => {
    expect(() => buildPipeline([words({ min: 1 }), words({ min: 2 })])).toThrowError(/PIPELINE_DUPLICATE_PROVIDER/);
  });

  it('refuses cycles', () => {
    const a = defineStage({ name: 'a', provides: 'testWords', needs: ['testCount'], create: () => () => [] });
    const b = defineStage({ name: 'b', provides: 'testCount', needs: ['testWords'], create: () => () => 0 });
    expect(() => buildPipeline([a(undefined), b(undefined)])).toThrowError(/PIPELINE_CYCLE/);
  });

  it('records messages with the stage name and never mutates the input', () => {
    const p = buildPipeline([words({ min: 5 }), count(undefined)]);
    const input = article('a b');
    const { article: out } = p.run(input);
    expect(out.messages).toEqual([{ code: 'NO_WORDS', severity: 'warning', text: 'no words', stage: 'count' }]);
    expect(input.messages).toEqual([]);
    expect(input.annotations).toEqual({});
  });

  it('turns a throwing stage into an error message and skips its dependants', () => {
    const skip = defineStage({ name: 'skip', provides: 'testCount', needs: ['testUpper'], create: () => () => 1 });
    const p = buildPipeline([words({ min: 1 }), upper(undefined), skip(undefined)]);
    const { article: out } = p.run(article('boom now'));
    expect(out.annotations.testWords).toEqual(['boom', 'now']);
    expect(out.annotations.testUpper).toBeUndefined();
    expect(out.messages.map((m) => m.code)).toEqual(['STAGE_FAILED', 'STAGE_SKIPPED']);
  });
});
