/**
 * Canned API answers for the browser test's stub server: a tiny invented corpus (names, outlets
 * and figures are made up for this test). Typed against the server's own contract so that the
 * canned JSON cannot drift from what the real API returns.
 */
import type { ArticleCorpusInfo, EntityDetail, Paged, StoryDetail, StorylineDetail, StorySummary, TimelineRow } from '../../src/store/knowledge.js';
import type { ArticleSummary } from '../../src/store/store.js';

/** A stub article: what `/api/articles/:id` needs. */
export interface StubArticle {
  readonly id: number;
  readonly publisher: string;
  readonly title: string;
  readonly published: string | null;
  readonly text: string;
  readonly raw: string;
  readonly corpus: ArticleCorpusInfo;
}

const T1 = 'العقبة - افتتح وزير المياه ماتيو غونزاليس يوم الأحد محطة جديدة لتحلية المياه بطاقة 40 ألف متر مكعب يوميا. وقال غونزاليس «المحطة ستخدم المدينة كلها». وكان المشروع قد أعلن في آذار 2024.';
const T2 = 'أعلن الوزير ماتيو جونزاليس تشغيل محطة التحلية في العقبة بطاقة 55 ألف متر مكعب يوميا، وذلك يوم الاثنين.';
/** Hostile text: markup that must be shown as text, never run. */
export const HOSTILE_TEXT = 'نص تجريبي فيه <script>window.__pwned = 1</script> وصورة <img src=x onerror="window.__pwned = 2"> داخل المقال.';

function at(text: string, needle: string, from = 0): [number, number] {
  const s = text.indexOf(needle, from);
  if (s < 0) throw new Error(`stub data: "${needle}" not in text`);
  return [s, s + needle.length];
}

const [g1s, g1e] = at(T1, 'ماتيو غونزاليس');
const [g2s, g2e] = at(T2, 'ماتيو جونزاليس');
const [a1s, a1e] = at(T1, 'العقبة');
const [n1s, n1e] = at(T1, '40 ألف');
const [n2s, n2e] = at(T2, '55 ألف');
const [q1s, q1e] = at(T1, 'المحطة ستخدم المدينة كلها');
const [d1s, d1e] = at(T1, 'يوم الأحد');
const [d2s, d2e] = at(T2, 'يوم الاثنين');
const [m1s, m1e] = at(T1, 'آذار 2024');
const [v1s, v1e] = at(T1, 'افتتح');

/** The stub's articles by id. */
export const ARTICLES: ReadonlyMap<number, StubArticle> = new Map(
  (
    [
    {
      id: 1,
      publisher: 'صحيفة الساحل',
      title: 'افتتاح محطة لتحلية المياه في العقبة',
      published: '2024-06-03T09:00:00',
      text: T1,
      raw: `<html><body><h1>افتتاح محطة</h1><p>${T1}</p><script>window.__pwned = 3</script></body></html>`,
      corpus: {
        storyId: 'st-1',
        duplicateOf: null,
        duplicates: [4],
        mentions: [
          { articleId: 1, start: a1s, end: a1e, text: 'العقبة', entityId: 'e-aqaba', type: 'LOC' },
          { articleId: 1, start: g1s, end: g1e, text: 'ماتيو غونزاليس', entityId: 'e-gonzalez', type: 'PER' },
        ],
      },
    },
    {
      id: 2,
      publisher: 'وكالة المرفأ',
      title: 'محطة تحلية جديدة تبدأ العمل',
      published: null,
      text: T2,
      raw: T2,
      corpus: { storyId: 'st-1', duplicateOf: null, duplicates: [], mentions: [{ articleId: 2, start: g2s, end: g2e, text: 'ماتيو جونزاليس', entityId: 'e-gonzalez', type: 'PER' }] },
    },
    {
      id: 3,
      publisher: 'موقع مجهول',
      title: 'خبر <script>window.__pwned = 4</script>',
      published: '2024-06-05',
      text: HOSTILE_TEXT,
      raw: `<p>${HOSTILE_TEXT}</p>`,
      corpus: { storyId: null, duplicateOf: null, duplicates: [], mentions: [] },
    },
  ] satisfies StubArticle[]
  ).map((a): [number, StubArticle] => [a.id, a]),
);

/** The annotations of article 1 (dates, numbers, a quote, a claim, an event). */
export const ARTICLE1_ANNOTATIONS = {
  entities: { mentions: [{ start: g1s, end: g1e, text: 'ماتيو غونزاليس', type: 'PER', key: 'x', roles: [{ start: g1s - 11, end: g1s - 1, text: 'وزير المياه' }] }] },
  time: {
    ref: '2024-06-03T09:00:00',
    refSource: 'published',
    timexes: [
      { span: [d1s, d1e], text: 'يوم الأحد', type: 'DATE', value: '2024-06-02', grain: 'day', anchor: 'publication', inferred: false, confidence: 0.9 },
      { span: [m1s, m1e], text: 'آذار 2024', type: 'DATE', value: '2024-03', grain: 'month', anchor: 'none', inferred: false, confidence: 1 },
    ],
  },
  numbers: [{ start: n1s, end: n1e, text: '40 ألف', kind: 'cardinal', value: 40000, qualifier: 'exact', unit: 'متر' }],
  events: {
    events: [
      {
        type: 'AGREE',
        trigger: { start: v1s, end: v1e, text: 'افتتح' },
        sentence: { start: 0, end: T1.indexOf('.') + 1 },
        agents: [{ start: g1s, end: g1e, text: 'ماتيو غونزاليس', kind: 'named', type: 'PERS', entityId: 'e-gonzalez' }],
        partners: [],
        place: null,
        time: { value: '2024-06-02', grain: 'day', inferred: false, span: { start: d1s, end: d1e }, text: 'يوم الأحد' },
        modality: 'happened',
      },
    ],
    quotes: [{ start: q1s, end: q1e, text: 'المحطة ستخدم المدينة كلها', direct: true, speaker: { start: g1s + 6, end: g1e, text: 'غونزاليس', kind: 'named' }, cue: 'قال', sentence: { start: 0, end: T1.length } }],
    claims: [
      {
        start: n1s,
        end: n1e,
        text: '40 ألف',
        kind: 'count',
        value: 40000,
        qualifier: 'exact',
        unit: 'متر',
        what: 'متر مكعب',
        predicate: 'capacity',
        context: null,
        attribution: null,
        time: null,
        sentence: { start: 0, end: T1.indexOf('.') + 1 },
      },
    ],
  },
};

const summaryOf = (a: StubArticle): ArticleSummary & { duplicateOf: number | null } => ({
  id: a.id,
  source: `stub/${a.id}.txt`,
  title: a.title,
  publisher: a.publisher,
  ...(a.published ? { published: a.published } : {}),
  version: 1,
  current: true,
  chars: a.text.length,
  messages: 0,
  duplicateOf: a.corpus.duplicateOf,
});

const a1 = ARTICLES.get(1)!;
const a2 = ARTICLES.get(2)!;

/** The one story. */
export const STORY: StoryDetail = {
  id: 'st-1',
  title: 'افتتاح محطة التحلية في العقبة',
  storylineId: 'sl-1',
  dateRange: { start: '2024-06-02', end: '2024-06-03' },
  articleCount: 2,
  sourceCount: 2,
  publishers: [a1.publisher, a2.publisher],
  keyEntities: [
    { id: 'e-gonzalez', name: 'ماتيو غونزاليس', type: 'PER' },
    { id: 'e-aqaba', name: 'العقبة', type: 'LOC' },
  ],
  summary: [
    { text: T1.slice(0, T1.indexOf('.') + 1), articleId: 1, start: 0, end: T1.indexOf('.') + 1 },
    { text: T2, articleId: 2, start: 0, end: T2.length },
  ],
  articles: [summaryOf(a1), summaryOf(a2)],
  events: [
    {
      id: 'ev-1',
      storyId: 'st-1',
      type: 'AGREE',
      agents: [{ text: 'ماتيو غونزاليس', entityId: 'e-gonzalez' }],
      partners: [],
      place: { text: 'العقبة', entityId: 'e-aqaba' },
      time: { value: '2024-06-02', grain: 'day', inferred: false },
      modality: 'happened',
      background: false,
      sources: [
        { articleId: 1, publisher: a1.publisher, start: 0, end: T1.indexOf('.') + 1, text: T1.slice(0, T1.indexOf('.') + 1) },
        { articleId: 2, publisher: a2.publisher, start: 0, end: T2.length, text: T2 },
      ],
    },
  ],
  quotes: [{ speaker: { text: 'غونزاليس', entityId: 'e-gonzalez' }, text: 'المحطة ستخدم المدينة كلها', direct: true, articleId: 1, start: q1s, end: q1e }],
  claims: [
    { id: 1, articleId: 1, storyId: 'st-1', publisher: a1.publisher, value: 40000, qualifier: 'exact', unit: 'متر', what: 'متر مكعب', predicate: 'capacity', attribution: null, time: null, start: n1s, end: n1e, text: T1.slice(0, T1.indexOf('.') + 1) },
    { id: 2, articleId: 2, storyId: 'st-1', publisher: a2.publisher, value: 55000, qualifier: 'exact', unit: 'متر', what: 'متر مكعب', predicate: 'capacity', attribution: null, time: null, start: n2s, end: n2e, text: T2 },
  ],
  disagreements: [
    {
      id: 1,
      storyId: 'st-1',
      kind: 'number',
      about: 'طاقة المحطة اليومية',
      items: [
        { articleId: 1, publisher: a1.publisher, value: '40000', start: n1s, end: n1e, text: '40 ألف متر مكعب' },
        { articleId: 2, publisher: a2.publisher, value: '55000', start: n2s, end: n2e, text: '55 ألف متر مكعب' },
      ],
    },
    {
      id: 2,
      storyId: 'st-1',
      kind: 'date',
      about: 'يوم الافتتاح',
      items: [
        { articleId: 1, publisher: a1.publisher, value: '2024-06-02', start: d1s, end: d1e, text: 'يوم الأحد' },
        { articleId: 2, publisher: a2.publisher, value: '2024-06-03', start: d2s, end: d2e, text: 'يوم الاثنين' },
      ],
    },
  ],
  timeline: [],
  inferredDates: [{ articleId: 2, earliest: '2024-06-03', latest: '2024-06-04', evidence: 'story-mate' }],
  entities: [],
};

/** Timeline rows: a day (point), a month (bar, background) and an inferred day (dashed). */
export const TIMELINE: readonly TimelineRow[] = [
  {
    time: '2024-03',
    grain: 'month',
    earliest: '2024-03-01',
    latest: '2024-03-31',
    eventId: 'ev-0',
    storyId: 'st-1',
    type: 'STATE',
    summary: 'الإعلان عن المشروع',
    sources: [{ articleId: 1, publisher: a1.publisher, start: m1s, end: m1e, text: 'آذار 2024', time: { value: '2024-03', grain: 'month', inferred: false } }],
    background: true,
    confidence: 0.8,
  },
  {
    time: '2024-06-02',
    grain: 'day',
    earliest: '2024-06-02',
    latest: '2024-06-02',
    eventId: 'ev-1',
    storyId: 'st-1',
    type: 'AGREE',
    summary: 'افتتاح محطة التحلية',
    sources: [{ articleId: 1, publisher: a1.publisher, start: d1s, end: d1e, text: 'يوم الأحد', time: { value: '2024-06-02', grain: 'day', inferred: false } }],
    background: false,
    confidence: 0.9,
  },
  {
    time: '2024-06-03',
    grain: 'day',
    earliest: '2024-06-03',
    latest: '2024-06-03',
    eventId: 'ev-2',
    storyId: 'st-1',
    type: 'STATE',
    summary: 'تشغيل المحطة',
    sources: [{ articleId: 2, publisher: a2.publisher, start: d2s, end: d2e, text: 'يوم الاثنين', time: { value: '2024-06-03', grain: 'day', inferred: true } }],
    background: false,
    confidence: 0.6,
  },
];

/** The story with its timeline and entities filled in. */
export const STORY_FULL: StoryDetail = {
  ...STORY,
  timeline: TIMELINE,
  entities: [
    { id: 'e-gonzalez', type: 'PER', name: 'ماتيو غونزاليس', nameLatin: 'Mateo Gonzalez', mentionCount: 3, articleCount: 2, topAliases: [], mentionsInStory: 3 },
    { id: 'e-aqaba', type: 'LOC', name: 'العقبة', nameLatin: 'Aqaba', mentionCount: 2, articleCount: 2, topAliases: [], mentionsInStory: 2 },
  ],
};

/** The stories listing. */
export const STORIES: Paged<StorySummary> = {
  total: 1,
  items: [
    {
      id: STORY.id,
      title: STORY.title,
      storylineId: STORY.storylineId,
      dateRange: STORY.dateRange,
      articleCount: STORY.articleCount,
      sourceCount: STORY.sourceCount,
      publishers: STORY.publishers,
      keyEntities: STORY.keyEntities,
    },
  ],
};

/** The one storyline. */
export const STORYLINE: StorylineDetail = {
  id: 'sl-1',
  title: 'مشاريع المياه في العقبة',
  storyCount: 1,
  dateRange: { start: '2024-03-01', end: '2024-06-03' },
  stories: STORIES.items,
  links: [],
};

/** The person entity, with its spelling variants. */
export const ENTITY: EntityDetail = {
  id: 'e-gonzalez',
  type: 'PER',
  name: 'ماتيو غونزاليس',
  nameLatin: 'Mateo Gonzalez',
  mentionCount: 3,
  articleCount: 2,
  topAliases: [
    { text: 'ماتيو غونزاليس', count: 1 },
    { text: 'ماتيو جونزاليس', count: 1 },
  ],
  aliases: [
    { text: 'ماتيو غونزاليس', count: 1 },
    { text: 'ماتيو جونزاليس', count: 1 },
    { text: 'غونزاليس', count: 1 },
  ],
  roles: [{ text: 'وزير المياه', count: 2 }],
  countries: [],
  mentions: [
    { articleId: 1, start: g1s, end: g1e, text: 'ماتيو غونزاليس' },
    { articleId: 2, start: g2s, end: g2e, text: 'ماتيو جونزاليس' },
  ],
  articles: [summaryOf(a1), summaryOf(a2)],
  storyIds: ['st-1'],
  cooccurring: [
    { id: 'e-aqaba', name: 'العقبة', type: 'LOC', articles: 2 },
    { id: 'e-water', name: 'وزارة المياه', type: 'ORG', articles: 1 },
  ],
};
