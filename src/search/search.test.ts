import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createArabicResources } from '../arabic/resources.js';
import type { Article, RawInput } from '../core/article.js';
import { loadArabicLexicon } from '../models/arabicLexicon.js';
import { openSqliteStore, type SqliteStore } from '../store/sqliteStore.js';
import { aliasMatch, classVariant } from './expandQuery.js';
import { indexArticles, removeArticles } from './indexArticles.js';
import { reindexStore } from './reindexStore.js';
import { search } from './search.js';
import { isSearchQueryError, SearchQueryError, type Hit, type SearchQuery } from './types.js';

const res = createArabicResources(loadArabicLexicon());

interface Doc {
  title: string;
  text: string;
  publisher: string;
  published: string;
  events?: string[];
}

// Short texts written for these tests.
const DOCS: Doc[] = [
  {
    title: 'وفد رسمي يصل إلى بكين',
    text: 'وصل وفد رسمي من بيونغ يانغ إلى العاصمة الصينية صباح الاثنين لبحث التعاون التجاري.',
    publisher: 'صحيفة الشرق',
    published: '2020-01-05',
    events: ['visit'],
  },
  {
    title: 'إطلاق صاروخ جديد',
    text: 'أعلنت بيونج يانج أمس إطلاق صاروخ جديد فوق البحر، وقالت إن التجربة نجحت.',
    publisher: 'جريدة الغرب',
    published: '2020-02-10',
    events: ['attack'],
  },
  {
    title: 'تصريحات عسكرية',
    text: 'قال وزيرُ الدِّفاعِ في مؤتمر صحفي إن الجيش مستعد لكل الاحتمالات، وأضاف أن التدريبات ستستمر.',
    publisher: 'صحيفة الشرق',
    published: '2020-03-01',
  },
  {
    title: 'لقاء في الوزارة',
    text: 'استقبل الوزير نظيره وزير الخارجية، وتحدث الطرفان عن الدفاع عن المصالح المشتركة.',
    publisher: 'جريدة الغرب',
    published: '2020-03-15',
  },
  {
    title: 'زيارة مثيرة للجدل',
    text: 'بدأت نانسي بيلوسي زيارة إلى الجزيرة رغم التحذيرات، وقالت إن الزيارة تعبر عن الدعم.',
    publisher: 'صحيفة الشرق',
    published: '2021-08-02',
  },
  {
    title: 'إصابات جديدة',
    text: 'سجلت السلطات الصحية إصابات جديدة بفيروس كورونا في المدينة.',
    publisher: 'نشرة الصحة',
    published: '2021-09-01',
  },
  {
    title: 'عقد صناعي',
    text: 'وقعت شركة كورية عقدا لبناء مصنع للسيارات.',
    publisher: 'نشرة الاقتصاد',
    published: '2021-09-02',
  },
];

function prepared(d: Doc, i: number): { raw: RawInput; article: Article } {
  const bytes = new TextEncoder().encode(`${d.title}\n${d.text}`);
  const raw: RawInput = {
    source: `doc${i}.txt`,
    kind: 'text',
    bytes,
    encoding: 'utf-8',
    sha256: createHash('sha256').update(bytes).digest('hex'),
    fields: {},
    decoded: d.text,
  };
  const meta = {
    title: { value: d.title, from: 'test', confidence: 1 },
    publisher: { value: d.publisher, from: 'test', confidence: 1 },
    published: { value: d.published, from: 'test', confidence: 1 },
  };
  const annotations = d.events
    ? ({ events: { events: d.events.map((type) => ({ type })), quotes: [], claims: [] } } as unknown as Article['annotations'])
    : {};
  return { raw, article: { raw, text: d.text, meta, annotations, messages: [] } };
}

/** A store with the docs indexed; with `entities`, Pyongyang as an entity with two spellings and a story. */
function setup(entities: boolean): { store: SqliteStore; ids: number[] } {
  const store = openSqliteStore(':memory:');
  const run = store.beginRun([]);
  const out = store.ingestBatch(run, DOCS.map(prepared));
  const ids = out.map((o) => o.articleId);
  if (entities) {
    const db = store.db;
    db.prepare("INSERT INTO entities VALUES ('loc:pyongyang', 'LOC', 'بيونغ يانغ', 'Pyongyang', 2, 2, '{}')").run();
    const alias = db.prepare('INSERT INTO entity_aliases (entity_id, alias, match, count) VALUES (?, ?, ?, ?)');
    alias.run('loc:pyongyang', 'بيونغ يانغ', aliasMatch('بيونغ يانغ', res), 5);
    alias.run('loc:pyongyang', 'بيونج يانج', aliasMatch('بيونج يانج', res), 3);
    // A wrong alias (a resolution mistake): not a spelling of the name, so never an expansion.
    alias.run('loc:pyongyang', 'صاروخ', aliasMatch('صاروخ', res), 1);
    const mention = db.prepare('INSERT INTO entity_mentions (entity_id, article_id, start, end, text) VALUES (?, ?, ?, ?, ?)');
    mention.run('loc:pyongyang', ids[0], 0, 1, 'x');
    mention.run('loc:pyongyang', ids[1], 0, 1, 'x');
    db.prepare("INSERT INTO stories (id, title, article_count, source_count, json) VALUES ('s1', 'كوريا الشمالية', 2, 2, '{}')").run();
    const corpus = db.prepare('INSERT INTO article_corpus (article_id, story_id) VALUES (?, ?)');
    corpus.run(ids[0], 's1');
    corpus.run(ids[1], 's1');
  }
  reindexStore(store, res);
  return { store, ids };
}

const flat = (q: string, extra: Partial<SearchQuery> = {}): SearchQuery => ({ q, group: 'article', ...extra });
const idsOf = (hits: readonly Hit[]): number[] => hits.map((h) => h.articleId).sort((a, b) => a - b);

function highlighted(h: Hit): string[] {
  return h.snippet.highlights.map(([a, b]) => h.snippet.text.slice(a, b));
}

describe('search', () => {
  const { store, ids } = setup(true);
  const db = store.db;
  const id = (i: number): number => ids[i]!;

  it('finds every word form (clitics, diacritics, hamza) and ANDs words', () => {
    const r = search(db, flat('الوزير الدفاع'), res);
    expect(idsOf(r.hits)).toEqual([id(2), id(3)]);
    expect(r.total).toBe(2);
  });

  it('matches a phrase only where its words are adjacent and in order', () => {
    const r = search(db, flat('"وزير الدفاع"'), res);
    expect(idsOf(r.hits)).toEqual([id(2)]);
    expect(r.parsed.groups[0]![0]!.kind).toBe('phrase');
  });

  it('ranks articles with the words as a phrase first', () => {
    const r = search(db, flat('الدفاع وزير'), res);
    expect(r.hits).toHaveLength(2);
    const p = search(db, flat('وزير الدفاع'), res);
    expect(p.hits.map((h) => h.articleId)).toEqual([id(2), id(3)]);
    expect(p.hits[0]!.score).toBeGreaterThan(p.hits[1]!.score);
  });

  it('maps highlights back to the original text, diacritics included', () => {
    const r = search(db, flat('"وزير الدفاع"'), res);
    const h = r.hits[0]!;
    expect(highlighted(h)).toEqual(['وزيرُ', 'الدِّفاعِ']);
    const text = DOCS[2]!.text;
    expect(text.slice(h.snippet.start, h.snippet.start + h.snippet.text.length)).toBe(h.snippet.text);
    for (const [a, b] of h.snippet.highlights) expect(text.slice(h.snippet.start + a, h.snippet.start + b)).toBe(h.snippet.text.slice(a, b));
  });

  it('highlights matches in the title', () => {
    const r = search(db, flat('زيارة'), res);
    const h = r.hits.find((x) => x.articleId === id(4))!;
    expect(h.titleHighlights.map(([a, b]) => h.title.slice(a, b))).toEqual(['زيارة']);
  });

  it('finds a prefix', () => {
    expect(idsOf(search(db, flat('بيلوس*'), res).hits)).toEqual([id(4)]);
    expect(idsOf(search(db, flat('بيلو*'), res).hits)).toEqual([id(4)]);
    // A typed article is taken off, as index terms have none.
    expect(idsOf(search(db, flat('الصار*'), res).hits)).toEqual([id(1)]);
  });

  it('finds other spellings of an entity through its aliases', () => {
    const r = search(db, flat('بيونغ يانغ'), res);
    expect(idsOf(r.hits)).toEqual([id(0), id(1)]);
    expect(r.expandedTerms).toContain('بيونج يانج');
    expect(r.expandedTerms).not.toContain('صاروخ');
    expect(r.parsed.groups[0]![0]!.entityIds).toEqual(['loc:pyongyang']);
    const h = r.hits.find((x) => x.articleId === id(1))!;
    expect(highlighted(h)).toEqual(['بيونج', 'يانج']);
    // Also from the other spelling, and as a phrase.
    expect(idsOf(search(db, flat('"بيونج يانج"'), res).hits)).toEqual([id(0), id(1)]);
    // Without expansion only the spelling typed is found.
    expect(idsOf(search(db, flat('"بيونغ يانغ"'), res, { entities: false, variants: false }).hits)).toEqual([id(0)]);
  });

  it('matches an over-stemmed word by its base, not by its ambiguous stem', () => {
    expect(res.term('كورونا')).toBe(res.term('كورية'));
    const r = search(db, flat('كورونا'), res);
    expect(idsOf(r.hits)).toEqual([id(5)]);
    expect(r.parsed.groups[0]![0]!.exact).toBe(true);
    expect(highlighted(r.hits[0]!)).toEqual(['كورونا']);
    expect(idsOf(search(db, flat('كورية'), res).hits)).toEqual([id(6)]);
  });

  it('excludes words with -', () => {
    expect(idsOf(search(db, flat('بيونغ يانغ -صاروخ'), res).hits)).toEqual([id(0)]);
  });

  it('supports OR', () => {
    expect(idsOf(search(db, flat('بيلوسي OR صاروخ'), res).hits)).toEqual([id(1), id(4)]);
  });

  it('filters by date, publisher, entity, story and event type', () => {
    expect(idsOf(search(db, flat('قال', { from: '2020-02-01', to: '2020-12-31' }), res).hits)).toEqual([id(1), id(2)]);
    expect(idsOf(search(db, flat('قال', { to: '2020-02' }), res).hits)).toEqual([id(1)]);
    expect(idsOf(search(db, flat('قال', { publisher: 'صحيفة الشرق' }), res).hits)).toEqual([id(2), id(4)]);
    expect(idsOf(search(db, flat('', { entityId: 'loc:pyongyang' }), res).hits)).toEqual([id(0), id(1)]);
    expect(idsOf(search(db, flat('صاروخ', { storyId: 's1' }), res).hits)).toEqual([id(1)]);
    expect(idsOf(search(db, flat('', { eventType: 'attack' }), res).hits)).toEqual([id(1)]);
    expect(search(db, flat('وزير', { eventType: 'attack' }), res).total).toBe(0);
  });

  it('groups by story, or lists flat', () => {
    const g = search(db, { q: 'بيونغ يانغ' }, res);
    expect(g.groups).toHaveLength(1);
    expect(g.groups![0]!.storyId).toBe('s1');
    expect(g.groups![0]!.title).toBe('كوريا الشمالية');
    expect(g.groups![0]!.matchCount).toBe(2);
    expect(g.totalGroups).toBe(1);
    const mixed = search(db, { q: 'قال' }, res);
    // Articles 1 (story s1), 2 and 4 (no story): three groups.
    expect(mixed.totalGroups).toBe(3);
    expect(mixed.groups!.filter((x) => x.storyId === null)).toHaveLength(2);
    const f = search(db, flat('بيونغ يانغ'), res);
    expect(f.groups).toBeUndefined();
    expect(f.hits).toHaveLength(2);
  });

  it('boosts title matches', () => {
    const boosted = search(db, flat('زيارة'), res).hits[0]!;
    const plain = search(db, flat('زيارة'), res, { titleWeight: 1 }).hits[0]!;
    expect(boosted.articleId).toBe(id(4));
    expect(boosted.score).toBeGreaterThan(plain.score);
  });

  it('pages', () => {
    const all = search(db, flat('قال'), res);
    const p2 = search(db, flat('قال', { limit: 1, offset: 1 }), res);
    expect(p2.hits.map((h) => h.articleId)).toEqual([all.hits[1]!.articleId]);
    expect(p2.total).toBe(all.total);
  });

  const hostile = [
    '"',
    '""',
    '"وزير',
    'وزير"',
    '*',
    '**وزير',
    'بيلوس**',
    'NEAR(وزير الدفاع)',
    'NEAR(وزير الدفاع, 2)',
    '-',
    '--',
    '- وزير',
    '(',
    '(وزير',
    ')',
    'وزير)',
    'title:وزير',
    '{title body}:وزير',
    '^وزير',
    'وزير + الدفاع',
    'وزير OR',
    'OR وزير',
    'OR',
    'AND',
    'NOT وزير',
    "'",
    "وزير' OR 1=1 --",
    'وزير\u0000الدفاع',
    '\u200f\u200e',
    '٪٪ ؟؟',
    'وزير '.repeat(40),
    'x'.repeat(10 * 1024),
    '"وزير" NOT "الدفاع"',
    'ب*',
    '-وزير',
    '"-"',
    '\\"وزير\\"',
  ];
  it.each(hostile.map((q) => [q.length > 60 ? `${q.slice(0, 20)}… (${q.length} chars)` : q, q]))(
    'answers the hostile query %s with results or a coded error',
    (_label, q) => {
      try {
        const r = search(db, { q }, res);
        expect(r.total).toBeGreaterThanOrEqual(0);
        expect(Array.isArray(r.hits)).toBe(true);
      } catch (e) {
        expect(isSearchQueryError(e)).toBe(true);
        expect((e as SearchQueryError).message.length).toBeGreaterThan(10);
      }
    },
  );

  it('gives coded errors for queries that cannot run', () => {
    const code = (q: SearchQuery): string => {
      try {
        search(db, q, res);
        return 'ok';
      } catch (e) {
        if (!(e instanceof SearchQueryError)) throw e;
        return e.code;
      }
    };
    expect(code({ q: 'x'.repeat(10 * 1024) })).toBe('QUERY_TOO_LONG');
    expect(code({ q: '' })).toBe('EMPTY_QUERY');
    expect(code({ q: '"" ()' })).toBe('EMPTY_QUERY');
    expect(code({ q: '-وزير' })).toBe('ONLY_EXCLUSIONS');
    expect(code({ q: 'ب*' })).toBe('PREFIX_TOO_SHORT');
    expect(code({ q: 'مد*' })).toBe('PREFIX_TOO_SHORT');
    expect(code({ q: 'وزير '.repeat(40) })).toBe('TOO_MANY_TERMS');
    expect(code({ q: 'وزير', from: 'yesterday' })).toBe('INVALID_DATE');
    expect(code({ q: 'وزير', limit: 0 })).toBe('INVALID_PAGE');
    expect(code({ q: 'وزير', offset: -1 })).toBe('INVALID_PAGE');
  });

  it('reads operators and symbols as separators, never as FTS5 syntax', () => {
    expect(idsOf(search(db, flat('NEAR(وزير الدفاع)'), res).hits)).toEqual([id(2), id(3)]);
    expect(idsOf(search(db, flat('(وزير) AND "الدفاع'), res).hits)).toEqual([id(2), id(3)]);
    expect(search(db, flat('"وزير'), res).parsed.notes.some((n) => n.includes('unclosed'))).toBe(true);
  });
});

describe('spelling variants without a known entity', () => {
  const { store, ids } = setup(false);
  it('expands a name through its name key to the spellings in the index', () => {
    const r = search(store.db, flat('بيونج'), res);
    expect(idsOf(r.hits)).toEqual([ids[0]!, ids[1]!]);
    expect(r.expandedTerms.length).toBeGreaterThan(0);
    expect(idsOf(search(store.db, flat('بيونج'), res, { variants: false }).hits)).toEqual([ids[1]!]);
  });
});

describe('indexArticles', () => {
  it('is idempotent and removes articles', () => {
    const { store, ids } = setup(false);
    const db = store.db;
    const before = search(db, flat('بيلوسي'), res).total;
    expect(before).toBe(1);
    const again = ids.map((id) => ({ id, article: store.getArticle(id)! }));
    expect(indexArticles(db, again, res)).toBe(ids.length);
    expect(db.prepare('SELECT count(*) FROM search_docs').pluck().get()).toBe(ids.length);
    expect(search(db, flat('بيلوسي'), res).total).toBe(1);
    expect(removeArticles(db, [ids[4]!, 999])).toBe(1);
    expect(search(db, flat('بيلوسي'), res).total).toBe(0);
    expect(search(db, flat('صاروخ'), res).total).toBe(1);
  });

  it('reports a missing index as a coded error', () => {
    const store = openSqliteStore(':memory:');
    store.db.exec('DROP TABLE search_vocab; DROP TABLE search_fts');
    expect(() => search(store.db, { q: 'وزير' }, res)).toThrowError(SearchQueryError);
  });
});

describe('classVariant', () => {
  it('accepts letters of one name-key class and rejects other differences', () => {
    expect(classVariant('بيونغ', 'بيونج')).toBe(true);
    expect(classVariant('هيرتز', 'هيرتس')).toBe(true);
    expect(classVariant('مدارس', 'مدرس')).toBe(false);
    expect(classVariant('توام', 'تويم')).toBe(false);
    expect(classVariant('كتاب', 'كتاب')).toBe(false);
  });
});
