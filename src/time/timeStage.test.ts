import { describe, expect, it } from 'vitest';
import type { Article, ArticleMeta } from '../core/article.js';
import { buildPipeline } from '../core/pipeline.js';
import { timeStage } from './timeStage.js';

const article = (text: string, meta: ArticleMeta = {}): Article => ({
  raw: { source: 't.txt', kind: 'text', bytes: new Uint8Array(), encoding: 'utf-8', sha256: 'x', fields: {}, decoded: text },
  text,
  meta,
  annotations: {},
  messages: [],
});

describe('timeStage', () => {
  it('resolves against the publication date', () => {
    const p = buildPipeline([timeStage({})]);
    const { article: a } = p.run(article('وصل الوزير يوم الجمعة', { published: { value: '2024-12-03', from: 'test', confidence: 1 } }));
    expect(a.annotations.time?.refSource).toBe('published');
    expect(a.annotations.time?.timexes[0]?.value).toBe('2024-11-29');
  });
  it('infers a window for undated articles and marks values inferred', () => {
    const p = buildPipeline([timeStage({ storyMates: () => [{ published: '2024-12-03' }] })]);
    const { article: a } = p.run(article('وصل الوزير يوم الجمعة'));
    expect(a.annotations.time?.refSource).toBe('inferred');
    expect(a.annotations.time?.publishedInferred?.earliest).toBe('2024-11-30');
    expect(a.annotations.time?.timexes[0]).toMatchObject({ value: '2024-11-29', inferred: true });
  });
  it('falls back to the fetch time, then to nothing, with messages', () => {
    const p = buildPipeline([timeStage({})]);
    const fetched = p.run(article('وصل الوزير أمس', { fetched: { value: '2024-12-03T10:00:00Z', from: 'test', confidence: 1 } })).article;
    expect(fetched.annotations.time?.refSource).toBe('fetched');
    expect(fetched.annotations.time?.timexes[0]?.value).toBe('2024-12-02');
    const none = p.run(article('وصل الوزير أمس في 31 فبراير 2024')).article;
    expect(none.annotations.time?.refSource).toBe('none');
    expect(none.messages.map((m) => m.code)).toEqual(expect.arrayContaining(['TIME_NO_REFERENCE', 'TIME_IMPOSSIBLE_DATE']));
  });
});
