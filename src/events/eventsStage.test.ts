import { describe, expect, it } from 'vitest';
import { numbersStage } from '../arabic/numbersStage.js';
import { tokensStage } from '../arabic/tokensStage.js';
import type { Article } from '../core/article.js';
import { buildPipeline } from '../core/pipeline.js';
import { defaultArabicResources } from '../engine/defaultEngine.js';
import { timeStage } from '../time/timeStage.js';
import { analyzeEvents } from './analyzeEvents.js';
import { eventsStage } from './eventsStage.js';
import { findQuoteSpans } from './extractQuotes.js';

const article = (text: string, published?: string): Article => ({
  raw: { source: 't.txt', kind: 'text', bytes: new Uint8Array(), encoding: 'utf-8', sha256: 'x', fields: {}, decoded: text },
  text,
  meta: published ? { published: { value: published, from: 'test', confidence: 1 } } : {},
  annotations: {},
  messages: [],
});

const pipeline = buildPipeline([tokensStage(), numbersStage(), timeStage({}), eventsStage()]);
const run = (text: string, published?: string) => pipeline.run(article(text, published), { arabic: defaultArabicResources() }).article;

describe('events stage', () => {
  it('provides events, quotes and claims with times from the time stage', () => {
    const a = run('وصل رئيس الوزراء العراقي إلى عمّان يوم الخميس الماضي.\n\nوقال الوزير إن البلدين وقعا ثلاث اتفاقيات بقيمة 50 مليون دولار.', '2025-03-09');
    expect(a.messages.filter((m) => m.severity === 'error')).toEqual([]);
    const ev = a.annotations.events;
    expect(ev?.events.find((e) => e.type === 'VISIT')?.time?.value).toBe('2025-03-06');
    expect(ev?.quotes.some((q) => q.speaker?.text === 'الوزير')).toBe(true);
    expect(ev?.claims.some((c) => c.kind === 'money' && c.value === 50000000)).toBe(true);
  });

  it('reads an entities annotation given on the input', () => {
    const text = 'التقى خالد منصور نظيره في الرياض.';
    const s = text.indexOf('خالد');
    const input = { ...article(text), annotations: { entities: [{ start: s, end: s + 9, text: 'خالد منصور', type: 'PERS', entityId: 'P7' }] } } as unknown as Article;
    const out = buildPipeline([tokensStage(), numbersStage(), timeStage({}), eventsStage()]).run(input, { arabic: defaultArabicResources() }).article;
    expect(out.annotations.events?.events.find((e) => e.type === 'MEET')?.agents[0]?.entityId).toBe('P7');
  });
});

describe('bad input', () => {
  it('does not pair unbalanced quotation marks across lines', () => {
    const text = 'قال الوزير: «هذا كلام بلا نهاية\n\nفقرة ثانية طويلة لا علاقة لها بالتصريح » وأمور أخرى.\n“ وحيدة';
    expect(findQuoteSpans(text)).toEqual([]);
    const r = analyzeEvents({ text });
    expect(r.quotes.every((q) => !q.direct || !q.text.includes('\n'))).toBe(true);
  });

  it('keeps a quote spanning paragraphs out (no swallowed paragraphs) but still finds later quotes', () => {
    const text = 'قال المدير: «بدأنا العمل\n\nوسنكمل البناء». ثم قال المهندس: «العمل يسير وفق الخطة الموضوعة».';
    const r = analyzeEvents({ text });
    const direct = r.quotes.filter((q) => q.direct);
    expect(direct.map((q) => q.text)).toEqual(['العمل يسير وفق الخطة الموضوعة']);
    expect(direct[0]?.speaker?.text).toBe('المهندس');
  });

  it('handles a 300-paragraph article', () => {
    const para = 'وأكد المسؤول أن الفريق أرسل 120 جنديا إلى المنطقة، وقال: «الوضع تحت السيطرة» مضيفا أن «الأمور تتحسن';
    const text = Array.from({ length: 300 }, (_, i) => `${para} ${i}`).join('\n\n');
    const r = run(text, '2025-01-01').annotations.events;
    expect(r?.quotes.filter((q) => q.direct).length).toBe(300);
    expect(r?.quotes.filter((q) => q.direct && q.speaker?.text === 'المسؤول').length).toBe(300);
    expect(r?.quotes.filter((q) => !q.direct && q.speaker?.text === 'المسؤول').length).toBeGreaterThan(0);
    expect(r?.quotes.every((q) => q.text.length < 400)).toBe(true);
    expect(r?.claims.filter((c) => c.value === 120 && c.unit !== null).length).toBe(300);
  });

  it('handles articles made of numbers without inventing speakers', () => {
    const rows = Array.from({ length: 200 }, (_, i) => `${i + 1} - ${1000 + i} - ${(i * 3.5).toFixed(1)}% - 2:1`).join('\n');
    const a = run(`نتائج المباريات\n${rows}`, '2025-01-01');
    expect(a.messages.filter((m) => m.severity === 'error')).toEqual([]);
    const ev = a.annotations.events;
    expect(ev?.quotes.filter((q) => q.speaker !== null)).toEqual([]);
    expect(ev?.events).toEqual([]);
  });

  it('does not carry a speaker through a 300-paragraph article of pronoun-dropped verbs', () => {
    const first = 'وقال وزير الصحة سامي داود إن المستشفيات جاهزة لاستقبال المرضى.';
    const para = (i: number): string => `وأضاف أن الخدمات ستتحسن في الحي رقم ${i} بشكل كبير. وشهدت المدينة حركة نشطة في السوق ${i}. وارتفعت درجات الحرارة بشكل ملحوظ في المنطقة ${i}. وتوقفت حركة السير في الشارع ${i}.`;
    const text = [first, ...Array.from({ length: 300 }, (_, i) => para(i))].join('\n\n');
    const r = run(text, '2025-01-01').annotations.events;
    const quotes = r?.quotes ?? [];
    expect(quotes.length).toBeGreaterThan(250);
    // Only the first continuation (the next paragraph, within three sentences) may inherit the minister.
    expect(quotes.filter((q) => q.speaker !== null).length).toBeLessThanOrEqual(2);
    expect(quotes[0]?.speaker?.text).toContain('سامي داود');
  });

  it('handles one huge sentence without punctuation, full of speech verbs and names', () => {
    const chunk = 'وقال المسؤول خالد يوسف إن الوضع مستقر وأكد أن العمل مستمر وأضاف أن الوزير زار المنطقة و';
    const text = chunk.repeat(2000);
    const r = analyzeEvents({ text });
    expect(r.quotes.length).toBeGreaterThan(0);
    expect(r.quotes.every((q) => q.end - q.start <= text.length && q.start >= 0)).toBe(true);
    expect(r.quotes.every((q) => q.speaker === null || text.slice(q.speaker.start, q.speaker.end) === q.speaker.text)).toBe(true);
  });

  it('does not invent a speaker from unbalanced or odd quotation marks', () => {
    const texts = ['وقال "الوزير أن المشروع سيكتمل', '«» «»«» قال: »« وأضاف: “', 'وأضاف: «نحن جاهزون للعمل مع الجميع في كل الظروف»', '"" "" وأكد أن "" "'];
    for (const t of texts) {
      const r = analyzeEvents({ text: t });
      for (const q of r.quotes) if (q.speaker) expect(t.slice(q.speaker.start, q.speaker.end)).toBe(q.speaker.text);
    }
    // A continuation verb with nobody before it has no speaker.
    expect(analyzeEvents({ text: texts[2] as string }).quotes.map((q) => q.speaker)).toEqual([null]);
  });

  it('survives quotation marks only and empty text', () => {
    expect(analyzeEvents({ text: '' })).toEqual({ events: [], quotes: [], claims: [] });
    const r = analyzeEvents({ text: '«««»»»"""“”“' + '«'.repeat(5000) });
    expect(r.quotes.every((q) => q.speaker === null)).toBe(true);
  });
});
