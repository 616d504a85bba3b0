import { describe, expect, it } from 'vitest';
import type { Article } from '../core/article.js';
import { buildPipeline } from '../core/pipeline.js';
import { createArabicLexicon } from './cliticsLexicon.js';
import { createArabicResources } from './resources.js';
import { tokensStage } from './tokensStage.js';

function article(text: string): Article {
  return {
    raw: { source: 'test', kind: 'text', bytes: new Uint8Array(), encoding: 'utf-8', sha256: '', fields: {}, decoded: text },
    text,
    meta: {},
    annotations: {},
    messages: [],
  };
}

const lex = createArabicLexicon(new Map([['قال', 100], ['وقال', 50], ['وزير', 300]]));

describe('tokens stage', () => {
  it('provides tokens, terms and sentences with valid offsets', () => {
    const p = buildPipeline([tokensStage()]);
    const text = 'وقال الوزير: «سنعود». ثم غادر!\n\n• بند أول';
    const { article: a } = p.run(article(text), { arabic: createArabicResources(lex) });
    const ann = a.annotations.tokens;
    expect(ann).toBeDefined();
    if (!ann) return;
    expect(ann.tokens.length).toBe(ann.terms.length);
    for (const t of ann.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(ann.terms[0]).toBe('قال');
    expect(ann.sentences.map((s) => text.slice(s.start, s.end))).toEqual(['وقال الوزير: «سنعود».', 'ثم غادر!', 'بند أول']);
    expect(ann.sentenceTokens.length).toBe(3);
    const [first, end] = ann.sentenceTokens[2] ?? [0, 0];
    expect(ann.tokens.slice(first, end).map((t) => t.text)).toEqual(['بند', 'أول']);
    expect(a.messages).toEqual([]);
  });
  it('fails as a recorded stage error without the arabic service', () => {
    const p = buildPipeline([tokensStage()]);
    const { article: a } = p.run(article('نص'), {});
    expect(a.annotations.tokens).toBeUndefined();
    expect(a.messages[0]?.code).toBe('STAGE_FAILED');
  });
});
