import type {
  ArticleCorpusInfo,
  ClaimRecord,
  DisagreementRecord,
  EntityDetail,
  EntitySummary,
  KnowledgeBase,
  KnowledgeEntityType,
  Page,
  Paged,
  StoryDetail,
  StorylineDetail,
  StorylineSummary,
  StorySummary,
  TimelineRow,
  TimelineScope,
} from '../store/knowledge.js';

function pageOf<T>(all: readonly T[], p: Page): Paged<T> {
  const offset = p.offset ?? 0;
  const limit = p.limit ?? 20;
  return { total: all.length, items: all.slice(offset, offset + limit) };
}

const PLACE: EntitySummary = { id: 'loc-1', type: 'LOC', name: 'بيونغ يانغ', nameLatin: 'Pyongyang', mentionCount: 3, articleCount: 2, topAliases: [{ text: 'بيونغ يانغ', count: 3 }] };
const PERSON: EntitySummary = { id: 'per-1', type: 'PER', name: 'سالم الحربي', nameLatin: 'Salem al-Harbi', mentionCount: 2, articleCount: 2, topAliases: [{ text: 'الحربي', count: 1 }] };

/**
 * A small in-memory {@link KnowledgeBase} for API tests: two entities, two stories (the first
 * with articles 1 and 2), one storyline, one claim, one disagreement, one timeline row.
 * Articles 1 and 2 are known to the corpus; article 2 duplicates 1.
 */
export function testKnowledgeBase(): KnowledgeBase {
  const entities: EntitySummary[] = [PLACE, PERSON];
  const row: TimelineRow = {
    time: '2024-03-01',
    grain: 'day',
    earliest: '2024-03-01',
    latest: '2024-03-01',
    eventId: 'ev-1',
    storyId: 'st-1',
    type: 'VISIT',
    summary: 'وصل الوزير',
    sources: [{ articleId: 1, start: 0, end: 10, text: 'وصل الوزير' }],
    background: false,
    confidence: 0.9,
  };
  const claim: ClaimRecord = {
    id: 1,
    articleId: 1,
    storyId: 'st-1',
    value: 12,
    qualifier: 'exact',
    unit: null,
    what: 'جرحى',
    predicate: 'أصيب',
    attribution: null,
    time: null,
    start: 0,
    end: 5,
    text: 'أصيب 12',
  };
  const disagreement: DisagreementRecord = {
    id: 1,
    storyId: 'st-1',
    kind: 'number',
    about: 'جرحى',
    items: [
      { articleId: 1, value: '12', start: 0, end: 5, text: 'أصيب 12' },
      { articleId: 2, value: '15', start: 0, end: 5, text: 'أصيب 15' },
    ],
  };
  const stories: StorySummary[] = [
    {
      id: 'st-1',
      title: 'زيارة إلى بيونغ يانغ',
      storylineId: 'sl-1',
      dateRange: { start: '2024-03-01', end: '2024-03-02' },
      articleCount: 2,
      sourceCount: 2,
      publishers: ['صحيفة أ', 'صحيفة ب'],
      keyEntities: [{ id: PLACE.id, name: PLACE.name, type: PLACE.type }],
    },
    { id: 'st-2', title: 'قصة ثانية', storylineId: 'sl-1', dateRange: null, articleCount: 1, sourceCount: 1, publishers: ['صحيفة أ'], keyEntities: [] },
  ];
  const storylines: StorylineSummary[] = [{ id: 'sl-1', title: 'زيارات', storyCount: 2, dateRange: { start: '2024-03-01', end: '2024-03-02' } }];
  return {
    listEntities(q: Page & { readonly type?: KnowledgeEntityType; readonly q?: string }): Paged<EntitySummary> {
      return pageOf(
        entities.filter((e) => (q.type === undefined || e.type === q.type) && (q.q === undefined || e.name.includes(q.q) || e.nameLatin.includes(q.q))),
        q,
      );
    },
    getEntity(id: string, options?: { readonly mentionLimit?: number }): EntityDetail | undefined {
      const e = entities.find((x) => x.id === id);
      if (!e) return undefined;
      const mentions = [
        { articleId: 1, start: 0, end: 4, text: e.name },
        { articleId: 2, start: 0, end: 4, text: e.name },
      ].slice(0, options?.mentionLimit ?? 100);
      return { ...e, aliases: e.topAliases, roles: [], countries: [], mentions, articles: [], storyIds: ['st-1'], cooccurring: [] };
    },
    findEntities(name: string): EntitySummary[] {
      return entities.filter((e) => e.name === name);
    },
    listStories(q: Page & { readonly storylineId?: string; readonly entityId?: string }): Paged<StorySummary> {
      return pageOf(
        stories.filter((s) => (q.storylineId === undefined || s.storylineId === q.storylineId) && (q.entityId === undefined || s.keyEntities.some((k) => k.id === q.entityId))),
        q,
      );
    },
    getStory(id: string): StoryDetail | undefined {
      const s = stories.find((x) => x.id === id);
      if (!s) return undefined;
      return {
        ...s,
        summary: [{ text: 'وصل الوزير', articleId: 1, start: 0, end: 10 }],
        articles: [],
        events: [],
        quotes: [],
        claims: s.id === 'st-1' ? [claim] : [],
        disagreements: s.id === 'st-1' ? [disagreement] : [],
        timeline: s.id === 'st-1' ? [row] : [],
        inferredDates: [],
        entities: [],
      };
    },
    listStorylines(q: Page): Paged<StorylineSummary> {
      return pageOf(storylines, q);
    },
    getStoryline(id: string): StorylineDetail | undefined {
      const s = storylines.find((x) => x.id === id);
      return s ? { ...s, stories, links: [{ from: 'st-1', to: 'st-2', score: 0.5, sharedEntities: [PLACE.id], sharedTerms: [] }] } : undefined;
    },
    timeline(scope: TimelineScope, q: Page = {}): Paged<TimelineRow> {
      const match =
        'storyId' in scope ? scope.storyId === 'st-1' : 'storylineId' in scope ? scope.storylineId === 'sl-1' : 'entityId' in scope ? scope.entityId === PLACE.id : true;
      return pageOf(match ? [row] : [], q);
    },
    listClaims(q: Page & { readonly storyId?: string; readonly articleId?: number }): Paged<ClaimRecord> {
      return pageOf([claim].filter((c) => (q.storyId === undefined || c.storyId === q.storyId) && (q.articleId === undefined || c.articleId === q.articleId)), q);
    },
    listDisagreements(q: Page & { readonly storyId?: string; readonly kind?: string }): Paged<DisagreementRecord> {
      return pageOf([disagreement].filter((d) => (q.storyId === undefined || d.storyId === q.storyId) && (q.kind === undefined || d.kind === q.kind)), q);
    },
    articleCorpus(articleId: number): ArticleCorpusInfo | undefined {
      if (articleId === 1) return { storyId: 'st-1', duplicateOf: null, duplicates: [2], mentions: [{ articleId: 1, start: 0, end: 4, text: PLACE.name, entityId: PLACE.id, type: PLACE.type }] };
      if (articleId === 2) return { storyId: 'st-1', duplicateOf: 1, duplicates: [], mentions: [] };
      return undefined;
    },
    has(kind: 'story' | 'storyline' | 'entity', id: string): boolean {
      const pool: readonly { id: string }[] = kind === 'story' ? stories : kind === 'storyline' ? storylines : entities;
      return pool.some((x) => x.id === id);
    },
    corpusStats() {
      return { entities: entities.length, stories: stories.length, storylines: storylines.length, duplicates: 1, events: 1, claims: 1, disagreements: 1 };
    },
  };
}
