/**
 * The OpenAPI 3.1 description of the HTTP API, written by hand. A test checks that every route
 * registered in `createApi` appears here with its method.
 */

/** A JSON Schema (2020-12, as OpenAPI 3.1 uses it). */
export interface JsonSchema {
  readonly type?: string | readonly string[];
  readonly $ref?: string;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly items?: JsonSchema;
  readonly enum?: readonly (string | number | null)[];
  readonly allOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
  readonly additionalProperties?: boolean | JsonSchema;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly maxLength?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly default?: unknown;
  readonly format?: string;
  readonly pattern?: string;
  readonly description?: string;
}

/** An OpenAPI parameter. */
export interface OpenApiParameter {
  readonly name: string;
  readonly in: 'query' | 'path' | 'header';
  readonly required?: boolean;
  readonly description?: string;
  readonly schema: JsonSchema;
}

/** An OpenAPI response. */
export interface OpenApiResponse {
  readonly description: string;
  readonly content?: Readonly<Record<string, { readonly schema: JsonSchema }>>;
}

/** An OpenAPI operation. */
export interface OpenApiOperation {
  readonly operationId: string;
  readonly summary: string;
  readonly description?: string;
  readonly tags?: readonly string[];
  readonly parameters?: readonly OpenApiParameter[];
  readonly requestBody?: { readonly required: boolean; readonly description?: string; readonly content: Readonly<Record<string, { readonly schema: JsonSchema }>> };
  readonly security?: readonly Readonly<Record<string, readonly string[]>>[];
  readonly responses: Readonly<Record<string, OpenApiResponse>>;
}

/** The document. */
export interface OpenApiDocument {
  readonly openapi: '3.1.0';
  readonly info: { readonly title: string; readonly version: string; readonly description: string };
  readonly paths: Readonly<Record<string, Readonly<Partial<Record<'get' | 'post', OpenApiOperation>>>>>;
  readonly components: {
    readonly schemas: Readonly<Record<string, JsonSchema>>;
    readonly securitySchemes: Readonly<Record<string, { readonly type: 'http'; readonly scheme: 'bearer'; readonly description: string }>>;
  };
}

// ---- schema helpers ----
const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const str: JsonSchema = { type: 'string' };
const int: JsonSchema = { type: 'integer' };
const num: JsonSchema = { type: 'number' };
const bool: JsonSchema = { type: 'boolean' };
const nullable = (s: JsonSchema): JsonSchema => ({ oneOf: [s, { type: 'null' }] });
const arr = (items: JsonSchema): JsonSchema => ({ type: 'array', items });
const obj = (properties: Record<string, JsonSchema>, required: readonly string[] = Object.keys(properties)): JsonSchema => ({
  type: 'object',
  properties,
  required,
});
const anyObject: JsonSchema = { type: 'object', additionalProperties: true };
const json = (schema: JsonSchema): Record<string, { schema: JsonSchema }> => ({ 'application/json': { schema } });
const pagedOf = (item: string): JsonSchema => ({
  allOf: [ref('Page'), obj({ items: arr(ref(item)) })],
});

// ---- parameters ----
const limit: OpenApiParameter = { name: 'limit', in: 'query', description: 'items per page', schema: { type: 'integer', minimum: 1, maximum: 200, default: 20 } };
const offset: OpenApiParameter = { name: 'offset', in: 'query', description: 'items to skip', schema: { type: 'integer', minimum: 0, maximum: 10_000_000, default: 0 } };
const page = [limit, offset];
const qs = (name: string, description: string, schema: JsonSchema = { type: 'string', maxLength: 200 }): OpenApiParameter => ({ name, in: 'query', description, schema });
const pathId = (description: string, schema: JsonSchema = { type: 'string', maxLength: 200 }): OpenApiParameter => ({ name: 'id', in: 'path', required: true, description, schema });
const dateParam = (name: string, d: string): OpenApiParameter => qs(name, `${d}: YYYY-MM-DD (or YYYY-MM, YYYY: its first/last day)`, { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' });

// ---- responses ----
const errorResponse = (description: string): OpenApiResponse => ({ description, content: json(ref('Error')) });
const bad = { '400': errorResponse('invalid parameter (the body names it in `field`)') };
const missing = { '404': errorResponse('unknown id') };
const ok = (description: string, schema: JsonSchema): Record<string, OpenApiResponse> => ({ '200': { description, content: json(schema) } });

const textCount = obj({ text: str, count: int });
const entityType: JsonSchema = { type: 'string', enum: ['PER', 'LOC', 'ORG', 'MISC'] };
const dateRange = nullable(obj({ start: str, end: str }));
const argumentRef = obj({ text: str, entityId: str }, ['text']);
const timeValue = nullable(obj({ value: str, begin: str, end: str, grain: str, inferred: bool }, ['grain', 'inferred']));
const sourceRef = obj({ articleId: int, publisher: str, start: int, end: int, text: str, time: timeValue }, ['articleId', 'start', 'end', 'text']);
const mentionRef = obj({ articleId: int, start: int, end: int, text: str });

const SCHEMAS: Record<string, JsonSchema> = {
  Error: obj({ error: obj({ code: { type: 'string', description: 'stable UPPER_SNAKE code' }, message: str, field: { type: 'string', description: 'the parameter or field concerned' } }, ['code', 'message']) }),
  Page: obj({ total: int, limit: int, offset: int }),
  ArticleSummary: obj(
    { id: int, source: str, member: str, title: str, publisher: str, published: str, url: str, version: int, current: bool, chars: int, messages: int },
    ['id', 'source', 'version', 'current', 'chars', 'messages'],
  ),
  MetaField: obj({ value: str, from: { type: 'string', description: 'provenance, e.g. json:title, og:title, text:first-line' }, span: obj({ start: int, end: int }), confidence: num }, ['value', 'from', 'confidence']),
  Message: obj({ code: str, severity: { type: 'string', enum: ['error', 'warning', 'info'] }, text: str, span: obj({ start: int, end: int }), field: str, source: str, stage: str }, ['code', 'severity', 'text']),
  ArticleCorpusInfo: obj({
    storyId: nullable(str),
    duplicateOf: nullable(int),
    duplicates: arr(int),
    mentions: arr(obj({ articleId: int, start: int, end: int, text: str, entityId: str, type: entityType })),
  }),
  Article: obj(
    {
      id: int,
      version: int,
      current: bool,
      supersedes: int,
      createdAt: str,
      analyzedAt: str,
      source: str,
      member: str,
      text: { type: 'string', description: 'clean text; annotation offsets point into it' },
      meta: { type: 'object', additionalProperties: ref('MetaField') },
      annotations: { ...anyObject, description: 'annotations by name: entities, time, numbers, events, clean…' },
      messages: arr(ref('Message')),
      input: obj({ kind: str, encoding: str, sha256: str, bytes: int, fields: anyObject, receivedAt: str }, ['kind', 'encoding', 'sha256', 'bytes', 'fields']),
      sightings: arr(obj({ source: str, member: str, outcome: str, at: str, runId: int }, ['source', 'outcome', 'at', 'runId'])),
      corpus: nullable(ref('ArticleCorpusInfo')),
      raw: { type: 'string', description: 'the raw input decoded (only with raw=1)' },
    },
    ['id', 'version', 'current', 'createdAt', 'analyzedAt', 'source', 'text', 'meta', 'annotations', 'messages', 'input', 'sightings', 'corpus'],
  ),
  EntitySummary: obj({ id: str, type: entityType, name: str, nameLatin: str, mentionCount: int, articleCount: int, topAliases: arr(textCount) }),
  EntityDetail: {
    allOf: [
      ref('EntitySummary'),
      obj({
        aliases: arr(textCount),
        roles: arr(textCount),
        countries: arr(textCount),
        mentions: arr(mentionRef),
        articles: arr(ref('ArticleSummary')),
        storyIds: arr(str),
        cooccurring: arr(obj({ id: str, name: str, type: entityType, articles: int })),
      }),
    ],
  },
  StorySummary: obj({
    id: str,
    title: str,
    storylineId: nullable(str),
    dateRange,
    articleCount: int,
    sourceCount: int,
    publishers: arr(str),
    keyEntities: arr(obj({ id: str, name: str, type: entityType })),
  }),
  Event: obj(
    {
      id: str,
      storyId: str,
      type: { type: 'string', enum: ['VISIT', 'MEET', 'AGREE', 'STATE', 'ACCUSE', 'DEPLOY', 'ATTACK', 'SANCTION', 'APPOINT', 'OTHER'] },
      agents: arr(argumentRef),
      partners: arr(argumentRef),
      place: nullable(argumentRef),
      time: timeValue,
      modality: { type: 'string', enum: ['happened', 'planned', 'denied', 'hypothetical'] },
      background: bool,
      sources: arr(sourceRef),
    },
  ),
  Quote: obj({ speaker: nullable(argumentRef), text: str, direct: bool, articleId: int, start: int, end: int }),
  Claim: obj(
    {
      id: int,
      articleId: int,
      storyId: nullable(str),
      publisher: str,
      value: { oneOf: [num, { type: 'array', items: num, minItems: 2, maxItems: 2 }, { type: 'null' }] },
      qualifier: str,
      unit: nullable(str),
      what: nullable(str),
      predicate: str,
      attribution: nullable(argumentRef),
      time: timeValue,
      start: int,
      end: int,
      text: str,
    },
    ['id', 'articleId', 'storyId', 'value', 'qualifier', 'unit', 'what', 'predicate', 'attribution', 'time', 'start', 'end', 'text'],
  ),
  Disagreement: obj({
    id: int,
    storyId: str,
    kind: { type: 'string', enum: ['date', 'number', 'attribution'] },
    about: str,
    items: arr(obj({ articleId: int, publisher: str, value: str, start: int, end: int, text: str }, ['articleId', 'value', 'start', 'end', 'text'])),
  }),
  TimelineRow: obj({
    time: str,
    grain: str,
    earliest: str,
    latest: str,
    eventId: str,
    storyId: str,
    type: str,
    summary: str,
    sources: arr(sourceRef),
    background: bool,
    confidence: { type: 'number', minimum: 0, maximum: 1 },
  }),
  StoryDetail: {
    allOf: [
      ref('StorySummary'),
      obj({
        summary: arr(obj({ text: str, articleId: int, start: int, end: int })),
        articles: arr({ allOf: [ref('ArticleSummary'), obj({ duplicateOf: nullable(int) })] }),
        events: arr(ref('Event')),
        quotes: arr(ref('Quote')),
        claims: arr(ref('Claim')),
        disagreements: arr(ref('Disagreement')),
        timeline: arr(ref('TimelineRow')),
        inferredDates: arr(obj({ articleId: int, earliest: str, latest: str, evidence: str })),
        entities: arr({ allOf: [ref('EntitySummary'), obj({ mentionsInStory: int })] }),
      }),
    ],
  },
  StorylineSummary: obj({ id: str, title: str, storyCount: int, dateRange }),
  StorylineDetail: {
    allOf: [
      ref('StorylineSummary'),
      obj({
        stories: arr(ref('StorySummary')),
        links: arr(obj({ from: str, to: str, score: num, sharedEntities: arr(str), sharedTerms: arr(str) })),
      }),
    ],
  },
  Snippet: obj({ text: str, start: int, highlights: arr(arr(int)), cutStart: bool, cutEnd: bool }),
  Hit: obj({
    articleId: int,
    title: str,
    titleHighlights: arr(arr(int)),
    publisher: nullable(str),
    published: nullable(str),
    url: nullable(str),
    score: num,
    storyId: nullable(str),
    snippet: ref('Snippet'),
  }),
  SearchResult: obj(
    {
      total: int,
      totalGroups: int,
      groups: arr(obj({ storyId: nullable(str), title: str, articles: arr(ref('Hit')), matchCount: int, score: num })),
      hits: arr(ref('Hit')),
      expandedTerms: arr(str),
      parsed: obj({ groups: arr(arr(anyObject)), match: str, notes: arr(str) }),
      tookMs: num,
      limit: int,
      offset: int,
    },
    ['total', 'totalGroups', 'hits', 'expandedTerms', 'parsed', 'tookMs', 'limit', 'offset'],
  ),
  Stats: obj({
    store: obj({
      articles: int,
      currentArticles: int,
      versions: int,
      rawInputs: int,
      rawBytes: int,
      textChars: int,
      publishers: int,
      withPublished: int,
      runs: int,
      failures: int,
      bySource: arr(obj({ publisher: str, articles: int })),
      messagesByCode: arr(obj({ code: str, count: int })),
      schemaVersion: int,
    }),
    corpus: obj({ entities: int, stories: int, storylines: int, duplicates: int, events: int, claims: int, disagreements: int }),
  }),
  IngestReport: obj(
    {
      runId: int,
      read: int,
      new: int,
      duplicate: int,
      versions: int,
      failed: int,
      failures: arr(obj({ source: str, member: str, code: str, text: str }, ['source', 'code', 'text'])),
      outcomes: arr(obj({ source: str, member: str, outcome: { type: 'string', enum: ['new', 'duplicate', 'version'] }, articleId: int, supersedes: int }, ['source', 'outcome', 'articleId'])),
    },
  ),
};

const tags = (t: string): readonly string[] => [t];

/** The OpenAPI 3.1 document served at `GET /api/openapi.json`. */
export const OPENAPI: OpenApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Marsad HTTP API',
    version: '0.1.0',
    description:
      'Read access to an offline Arabic news knowledge base (articles, stories, storylines, entities, timelines, claims, disagreements), full-text search, and token-protected ingest. Every error is `{ error: { code, message, field } }`. Unknown query parameters are refused (400 UNKNOWN_PARAMETER).',
  },
  paths: {
    '/api/search': {
      get: {
        operationId: 'search',
        summary: 'Full-text search, grouped by story or as articles',
        description:
          'Words are ANDed; `"a phrase"`, `prefix*`, `-exclude`, `a OR b`; other punctuation (including FTS5 syntax) is a separator. `q` may be omitted when a filter is given.',
        tags: tags('search'),
        parameters: [
          qs('q', 'the query (at most 1000 characters)', { type: 'string', maxLength: 1000 }),
          dateParam('from', 'earliest publication date'),
          dateParam('to', 'latest publication date'),
          qs('publisher', 'publisher, exactly as stored'),
          qs('entity', 'only articles mentioning this entity id'),
          qs('story', 'only articles of this story id'),
          qs('eventType', 'only articles with an event of this type', { type: 'string', enum: ['VISIT', 'MEET', 'AGREE', 'STATE', 'ACCUSE', 'DEPLOY', 'ATTACK', 'SANCTION', 'APPOINT', 'OTHER'] }),
          qs('group', 'story (default) or article', { type: 'string', enum: ['story', 'article'] }),
          ...page,
        ],
        responses: { ...ok('the page of results', ref('SearchResult')), ...bad, '503': errorResponse('no search index') },
      },
    },
    '/api/articles': {
      get: {
        operationId: 'listArticles',
        summary: 'Stored articles, in id order',
        tags: tags('articles'),
        parameters: [...page, qs('allVersions', 'include superseded versions', { type: 'string', enum: ['1', '0', 'true', 'false'] })],
        responses: { ...ok('a page of articles', pagedOf('ArticleSummary')), ...bad },
      },
    },
    '/api/articles/{id}': {
      get: {
        operationId: 'getArticle',
        summary: 'One article: clean text, metadata with provenance, annotations, messages, story, duplicates, resolved mentions',
        tags: tags('articles'),
        parameters: [pathId('article id', { type: 'integer', minimum: 1 }), qs('raw', 'add the raw input, decoded', { type: 'string', enum: ['1', '0', 'true', 'false'] })],
        responses: { ...ok('the article', ref('Article')), ...bad, ...missing },
      },
    },
    '/api/stories': {
      get: {
        operationId: 'listStories',
        summary: 'Stories, newest first',
        tags: tags('stories'),
        parameters: [...page, qs('storyline', 'only stories of this storyline id'), qs('entity', 'only stories with this entity id')],
        responses: { ...ok('a page of stories', pagedOf('StorySummary')), ...bad },
      },
    },
    '/api/stories/{id}': {
      get: {
        operationId: 'getStory',
        summary: 'One story: summary, members, events, quotes, claims, disagreements, timeline, entities',
        tags: tags('stories'),
        parameters: [pathId('story id')],
        responses: { ...ok('the story', ref('StoryDetail')), ...bad, ...missing },
      },
    },
    '/api/storylines': {
      get: {
        operationId: 'listStorylines',
        summary: 'Storylines',
        tags: tags('stories'),
        parameters: page,
        responses: { ...ok('a page of storylines', pagedOf('StorylineSummary')), ...bad },
      },
    },
    '/api/storylines/{id}': {
      get: {
        operationId: 'getStoryline',
        summary: 'One storyline with its stories and the links between them',
        tags: tags('stories'),
        parameters: [pathId('storyline id')],
        responses: { ...ok('the storyline', ref('StorylineDetail')), ...bad, ...missing },
      },
    },
    '/api/entities': {
      get: {
        operationId: 'listEntities',
        summary: 'Canonical entities, most mentioned first',
        tags: tags('entities'),
        parameters: [...page, qs('type', 'entity type', entityType), qs('q', 'name or alias contains')],
        responses: { ...ok('a page of entities', pagedOf('EntitySummary')), ...bad },
      },
    },
    '/api/entities/{id}': {
      get: {
        operationId: 'getEntity',
        summary: 'One entity: aliases, roles, countries, mentions, articles, stories, co-occurring entities',
        tags: tags('entities'),
        parameters: [pathId('entity id'), qs('mentions', 'most mentions returned', { type: 'integer', minimum: 0, maximum: 1000, default: 100 })],
        responses: { ...ok('the entity', ref('EntityDetail')), ...bad, ...missing },
      },
    },
    '/api/timeline': {
      get: {
        operationId: 'timeline',
        summary: 'Timeline rows of a story, a storyline or an entity (at most one; none: the whole corpus)',
        tags: tags('stories'),
        parameters: [qs('story', 'story id'), qs('storyline', 'storyline id'), qs('entity', 'entity id'), ...page],
        responses: { ...ok('a page of timeline rows', pagedOf('TimelineRow')), ...bad },
      },
    },
    '/api/claims': {
      get: {
        operationId: 'listClaims',
        summary: 'Numeric claims',
        tags: tags('stories'),
        parameters: [qs('story', 'story id'), qs('article', 'article id', { type: 'integer', minimum: 1 }), ...page],
        responses: { ...ok('a page of claims', pagedOf('Claim')), ...bad },
      },
    },
    '/api/disagreements': {
      get: {
        operationId: 'listDisagreements',
        summary: 'Where sources disagree about a date, a number or who said something',
        tags: tags('stories'),
        parameters: [qs('story', 'story id'), qs('kind', 'kind', { type: 'string', enum: ['date', 'number', 'attribution'] }), ...page],
        responses: { ...ok('a page of disagreements', pagedOf('Disagreement')), ...bad },
      },
    },
    '/api/stats': {
      get: {
        operationId: 'stats',
        summary: 'Store and corpus figures',
        tags: tags('meta'),
        responses: ok('figures', ref('Stats')),
      },
    },
    '/api/openapi.json': {
      get: {
        operationId: 'openapi',
        summary: 'This document',
        tags: tags('meta'),
        responses: ok('the OpenAPI 3.1 document', anyObject),
      },
    },
    '/api/ingest': {
      post: {
        operationId: 'ingest',
        summary: 'Ingest a document, or fetch a URL and ingest it',
        description:
          'Off (403) unless the server has a token. The body is text (text/plain), HTML (text/html), JSON (an article object or an array of them; application/json), JSONL, or an RSS/Atom feed (application/rss+xml, application/atom+xml, application/xml), at most 5 MiB; or `{"url": "https://…"}` to fetch (http/https only; loopback, private and link-local addresses refused unless the server allows them; 10 s, 5 MiB). Stored like `marsad ingest`: idempotent by content; the same `source` with changed content becomes a new version.',
        tags: tags('ingest'),
        security: [{ bearer: [] }],
        parameters: [qs('source', 'the source name to record (default api:<content hash>; for a URL: the URL)')],
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: { oneOf: [obj({ url: { type: 'string', format: 'uri' } }), anyObject, arr(anyObject)] } },
            'text/plain': { schema: str },
            'text/html': { schema: str },
            'application/rss+xml': { schema: str },
            'application/atom+xml': { schema: str },
          },
        },
        responses: {
          ...ok('what was stored', ref('IngestReport')),
          '400': errorResponse('empty body, bad parameter, or a URL that may not be fetched (code ADDRESS_NOT_ALLOWED, SCHEME_NOT_ALLOWED, URL_INVALID)'),
          '401': errorResponse('missing or wrong bearer token'),
          '403': errorResponse('ingest is disabled (no token configured)'),
          '413': errorResponse('body larger than 5 MiB'),
          '415': errorResponse('a form (multipart or urlencoded) instead of the document itself'),
          '422': errorResponse('nothing in the body could be read (the body also has `report`)'),
          '502': errorResponse('the URL could not be fetched (DNS, HTTP status, size, time)'),
          '503': errorResponse('no analysis engine'),
        },
      },
    },
  },
  components: {
    schemas: SCHEMAS,
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'the token given with --token or MARSAD_API_TOKEN' } },
  },
};
