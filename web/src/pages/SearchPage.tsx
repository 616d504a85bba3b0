import { useState } from 'react';
import type { FormEvent } from 'react';
import { apiUrl } from '../api/client.js';
import type { EntitySummary, Hit, Paged, SearchResult, StatsJson } from '../api/types.js';
import { useApi } from '../api/useApi.js';
import { Pager } from '../components/Cards.js';
import { Marked, Snippet } from '../components/Highlighted.js';
import { Empty, Load, Section } from '../components/State.js';
import { EVENT_TYPES, eventTypeLabel, isoDay } from '../format.js';
import { useI18n } from '../i18n.js';
import { href, navigate } from '../router.js';
import { useDocumentTitle } from '../components/useDocumentTitle.js';

const LIMIT = 20;
const FACETS = ['q', 'publisher', 'entity', 'story', 'eventType', 'from', 'to', 'group'] as const;
type Facet = (typeof FACETS)[number];
type Params = Record<Facet, string>;

function readParams(q: URLSearchParams): Params {
  const p = {} as Params;
  for (const f of FACETS) p[f] = q.get(f) ?? '';
  return p;
}

/** Publishers named in `/api/stats` (its `bySource`), when the server gives them. */
function statsPublishers(s: StatsJson): string[] {
  const out: string[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) {
      for (const x of v) if (x && typeof x === 'object' && typeof (x as { publisher?: unknown }).publisher === 'string') out.push((x as { publisher: string }).publisher);
    } else if (v && typeof v === 'object') {
      for (const [k, sub] of Object.entries(v)) if (k === 'bySource' || k === 'publishers' || typeof sub === 'object') visit(sub);
    }
  };
  visit(s);
  return out;
}

function HitItem({ hit }: { hit: Hit }) {
  const { t } = useI18n();
  return (
    <li className="hit" data-testid="hit" data-article-id={hit.articleId}>
      <h3>
        <a href={href('article', hit.articleId)}>
          <bdi lang="ar">{hit.title ? <Marked text={hit.title} highlights={hit.titleHighlights} /> : `#${hit.articleId}`}</bdi>
        </a>
      </h3>
      <Snippet text={hit.snippet.text} highlights={hit.snippet.highlights} cutStart={hit.snippet.cutStart} cutEnd={hit.snippet.cutEnd} />
      <p className="meta-line">
        {hit.publisher ? <bdi lang="ar">{hit.publisher}</bdi> : null}
        <span dir="ltr">{hit.published ? isoDay(hit.published) : t('undated')}</span>
        {hit.storyId ? <a href={href('story', hit.storyId)}>{t('story')}</a> : null}
        <span className="muted small" dir="ltr" title={t('score')}>
          {hit.score.toFixed(2)}
        </span>
      </p>
    </li>
  );
}

function Results({ result, offset, onOffset, onStory }: { result: SearchResult; offset: number; onOffset: (o: number) => void; onStory: (storyId: string) => void }) {
  const { t, num } = useI18n();
  const terms = result.expandedTerms;
  return (
    <div className="results" data-testid="results">
      <p className="meta-line">
        <span data-testid="total">
          {num(result.total)} {t('results')}
        </span>
        {terms.length > 0 ? (
          <span data-testid="expanded">
            {t('alsoSearched')}: <bdi lang="ar">{terms.join('، ')}</bdi>
          </span>
        ) : null}
      </p>
      {result.total === 0 || (result.hits.length === 0 && !result.groups?.length) ? (
        <Empty>{t('noResults')}</Empty>
      ) : result.groups && result.groups.length > 0 ? (
        result.groups.map((g, i) => (
          <div key={g.storyId ?? `none-${i}`} className="hit-group" data-testid="hit-group">
            <h2>
              {g.storyId ? (
                <a href={href('story', g.storyId)}>
                  <bdi lang="ar">{g.title ?? g.storyId}</bdi>
                </a>
              ) : (
                t('ungrouped')
              )}{' '}
              <span className="muted small">
                ({num(g.matchCount)} {t('matchCount')})
              </span>
            </h2>
            <ul className="hits">
              {g.articles.map((h) => (
                <HitItem key={h.articleId} hit={h} />
              ))}
            </ul>
            {g.storyId && g.matchCount > g.articles.length ? (
              <button type="button" className="more" onClick={() => onStory(g.storyId!)}>
                {t('allMatches')} ({num(g.matchCount)})
              </button>
            ) : null}
          </div>
        ))
      ) : (
        <ul className="hits">
          {result.hits.map((h) => (
            <HitItem key={h.articleId} hit={h} />
          ))}
        </ul>
      )}
      <Pager total={result.groups ? result.totalGroups : result.total} limit={LIMIT} offset={offset} onOffset={onOffset} />
    </div>
  );
}

/** Search with facets (publisher, entity, event type, date range), grouping by story, highlighted snippets. */
export function SearchPage({ query }: { query: URLSearchParams }) {
  const { t, lang } = useI18n();
  useDocumentTitle(query.get('q') || t('navSearch'));
  const params = readParams(query);
  const offset = Number(query.get('offset') ?? 0) || 0;
  const [text, setText] = useState(params.q);
  const stats = useApi<StatsJson>(apiUrl('stats'));
  const entities = useApi<Paged<EntitySummary>>(apiUrl('entities', { limit: 200 }));
  const active = FACETS.some((f) => f !== 'group' && params[f] !== '');
  const result = useApi<SearchResult>(active ? apiUrl('search', { ...params, limit: LIMIT, offset }) : null);

  const go = (change: Partial<Params> & { offset?: number }) => navigate(href('search', { ...params, offset: 0, ...change }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    go({ q: text.trim() });
  };

  const publishers = new Set<string>();
  if (stats.status === 'ok') for (const p of statsPublishers(stats.data)) publishers.add(p);
  if (result.status === 'ok') for (const h of [...result.data.hits, ...(result.data.groups ?? []).flatMap((g) => g.articles)]) if (h.publisher) publishers.add(h.publisher);
  if (params.publisher) publishers.add(params.publisher);
  const entityOptions = entities.status === 'ok' ? entities.data.items : [];

  return (
    <div className="page search" data-page="search">
      <form className="search-form" role="search" onSubmit={submit}>
        <input type="search" name="q" lang="ar" dir="rtl" value={text} onChange={(e) => setText(e.target.value)} placeholder={t('searchPlaceholder')} aria-label={t('search')} data-testid="search-input" />
        <button type="submit">{t('search')}</button>
      </form>
      <div className="search-layout">
        <aside className="facets" aria-label="facets">
          <label>
            {t('publisher')}
            <select value={params.publisher} onChange={(e) => go({ publisher: e.target.value })} data-testid="facet-publisher">
              <option value="">{t('any')}</option>
              {[...publishers].sort((a, b) => a.localeCompare(b, 'ar')).map((p) => (
                <option key={p} value={p} lang="ar">
                  {p}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('entity')}
            <select value={params.entity} onChange={(e) => go({ entity: e.target.value })} data-testid="facet-entity">
              <option value="">{t('any')}</option>
              {params.entity && !entityOptions.some((e) => e.id === params.entity) ? <option value={params.entity}>{params.entity}</option> : null}
              {entityOptions.map((e) => (
                <option key={e.id} value={e.id} lang="ar">
                  {e.name}
                </option>
              ))}
            </select>
          </label>
          {params.story ? (
            <div className="active-filter" data-testid="facet-story">
              {t('story')}: <a href={href('story', params.story)}>{params.story}</a>
              <button type="button" onClick={() => go({ story: '', group: '' })} aria-label={t('close')}>
                ×
              </button>
            </div>
          ) : null}
          <label>
            {t('eventType')}
            <select value={params.eventType} onChange={(e) => go({ eventType: e.target.value })} data-testid="facet-event">
              <option value="">{t('any')}</option>
              {EVENT_TYPES.map((k) => (
                <option key={k} value={k}>
                  {eventTypeLabel(k, lang)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('from')}
            <input type="date" value={params.from} onChange={(e) => go({ from: e.target.value })} data-testid="facet-from" />
          </label>
          <label>
            {t('to')}
            <input type="date" value={params.to} onChange={(e) => go({ to: e.target.value })} data-testid="facet-to" />
          </label>
          <label className="check">
            <input type="checkbox" checked={params.group !== 'article'} onChange={(e) => go({ group: e.target.checked ? '' : 'article' })} data-testid="facet-group" />
            {t('groupByStory')}
          </label>
        </aside>
        <Section title={t('search')}>
          {!active ? <Empty>{t('typeQuery')}</Empty> : <Load state={result}>{(r) => <Results result={r} offset={offset} onOffset={(o) => go({ offset: o })} onStory={(id) => go({ story: id, group: 'article' })} />}</Load>}
        </Section>
      </div>
    </div>
  );
}
