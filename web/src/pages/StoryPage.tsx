import { useEffect, useMemo } from 'react';
import type { ReactNode } from 'react';
import { apiUrl } from '../api/client.js';
import type { ArgumentRef, ClaimRecord, DisagreementRecord, EventRecord, SourceRef, StoryDetail } from '../api/types.js';
import { useApi } from '../api/useApi.js';
import { EntityChip } from '../components/Cards.js';
import { Empty, Load, Section } from '../components/State.js';
import { TimelineChart } from '../components/TimelineChart.js';
import { eventTypeLabel, formatClaimValue, formatDateRange, formatTimeValue, isoDay, modalityLabel, qualifierLabel } from '../format.js';
import { useI18n } from '../i18n.js';
import type { MessageKey } from '../i18n.js';
import { href } from '../router.js';
import { useDocumentTitle } from '../components/useDocumentTitle.js';

type Publishers = ReadonlyMap<number, string>;

/** A link to an article span (the article page highlights and scrolls to it). */
function SpanLink({ articleId, start, end, children, title }: { articleId: number; start: number; end: number; children: ReactNode; title?: string }) {
  return (
    <a href={href('article', articleId, { start, end })} {...(title ? { title } : {})}>
      {children}
    </a>
  );
}

function Arg({ arg }: { arg: ArgumentRef | null }) {
  if (!arg) return null;
  return arg.entityId ? (
    <a href={href('entity', arg.entityId)}>
      <bdi lang="ar">{arg.text}</bdi>
    </a>
  ) : (
    <bdi lang="ar">{arg.text}</bdi>
  );
}

function Args({ args }: { args: readonly ArgumentRef[] }) {
  return (
    <>
      {args.map((a, i) => (
        <span key={i}>
          {i > 0 ? '، ' : null}
          <Arg arg={a} />
        </span>
      ))}
    </>
  );
}

function Sources({ sources, publishers }: { sources: readonly SourceRef[]; publishers: Publishers }) {
  return (
    <span className="sources">
      {sources.map((s, i) => (
        <SpanLink key={i} articleId={s.articleId} start={s.start} end={s.end} title={s.text}>
          <bdi lang="ar">{s.publisher ?? publishers.get(s.articleId) ?? `#${s.articleId}`}</bdi>
        </SpanLink>
      ))}
    </span>
  );
}

const KIND_LABEL: Record<DisagreementRecord['kind'], MessageKey> = { date: 'kindDate', number: 'kindNumber', attribution: 'kindAttribution' };

/** `15000` → `15,000`; other strings as they are. */
function formatNumberString(v: string, lang: string): string {
  return /^-?\d+(\.\d+)?$/.test(v) ? new Intl.NumberFormat(lang === 'ar' ? 'ar-u-nu-latn' : 'en').format(Number(v)) : v;
}

function Disagreements({ items, publishers }: { items: readonly DisagreementRecord[]; publishers: Publishers }) {
  const { t, lang } = useI18n();
  if (items.length === 0) return <Empty>{t('noDisagreements')}</Empty>;
  return (
    <div className="disagreements">
      {items.map((d) => (
        <div key={d.id} className="card disagreement" data-kind={d.kind} data-testid="disagreement">
          <h3>
            <span className="badge warn">{t(KIND_LABEL[d.kind])}</span> <bdi lang="ar">{d.about}</bdi>
          </h3>
          <div className="sides">
            {d.items.map((it, i) => (
              <div key={i} className="side">
                <div className="side-head">
                  <strong className="side-value" dir="ltr" data-value={it.value}>
                    {d.kind === 'number' ? formatNumberString(it.value, lang) : it.value}
                  </strong>
                  <bdi lang="ar">{it.publisher ?? publishers.get(it.articleId) ?? `#${it.articleId}`}</bdi>
                </div>
                <blockquote lang="ar" dir="rtl">
                  <SpanLink articleId={it.articleId} start={it.start} end={it.end}>
                    {it.text}
                  </SpanLink>
                </blockquote>
              </div>
            ))}
          </div>
        </div>
      ))}
    </div>
  );
}

/** Claims that a disagreement cites (same article and overlapping span). */
function disputedClaims(claims: readonly ClaimRecord[], ds: readonly DisagreementRecord[]): Set<number> {
  const out = new Set<number>();
  for (const c of claims) {
    for (const d of ds) {
      if (d.items.some((it) => it.articleId === c.articleId && it.start < c.end && c.start < it.end)) out.add(c.id);
    }
  }
  return out;
}

function ClaimsTable({ claims, disagreements, publishers }: { claims: readonly ClaimRecord[]; disagreements: readonly DisagreementRecord[]; publishers: Publishers }) {
  const { t, lang } = useI18n();
  const disputed = useMemo(() => disputedClaims(claims, disagreements), [claims, disagreements]);
  if (claims.length === 0) return <Empty>{t('noClaims')}</Empty>;
  return (
    <div className="table-wrap">
      <table className="claims">
        <thead>
          <tr>
            <th>{t('value')}</th>
            <th>{t('what')}</th>
            <th>{t('attribution')}</th>
            <th>{t('time')}</th>
            <th>{t('publisher')}</th>
            <th>{t('sentence')}</th>
          </tr>
        </thead>
        <tbody>
          {claims.map((c) => (
            <tr key={c.id} className={disputed.has(c.id) ? 'disputed' : undefined} data-disputed={disputed.has(c.id) ? 'true' : 'false'}>
              <td dir="ltr" className="num">
                {formatClaimValue(c.value, lang)}
                {c.qualifier && c.qualifier !== 'exact' ? <span className="muted small"> ({qualifierLabel(c.qualifier, lang)})</span> : null}
                {disputed.has(c.id) ? <span className="badge warn">{t('disagreement')}</span> : null}
              </td>
              <td lang="ar">{c.what ?? c.unit ?? ''}</td>
              <td>
                <Arg arg={c.attribution} />
              </td>
              <td dir="ltr" className="time-cell">
                {formatTimeValue(c.time, lang)}
              </td>
              <td lang="ar">{c.publisher ?? publishers.get(c.articleId) ?? ''}</td>
              <td lang="ar" dir="rtl" className="sentence">
                <SpanLink articleId={c.articleId} start={c.start} end={c.end}>
                  {c.text}
                </SpanLink>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function EventsTable({ events, publishers, focus }: { events: readonly EventRecord[]; publishers: Publishers; focus: string | null }) {
  const { t, lang } = useI18n();
  if (events.length === 0) return <Empty>{t('noEvents')}</Empty>;
  return (
    <div className="table-wrap">
      <table className="events">
        <thead>
          <tr>
            <th>{t('type')}</th>
            <th>{t('agents')}</th>
            <th>{t('partners')}</th>
            <th>{t('place')}</th>
            <th>{t('time')}</th>
            <th>{t('modality')}</th>
            <th>{t('sources')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id} id={`event-${e.id}`} className={[e.background ? 'background' : '', focus === `event-${e.id}` ? 'focus' : ''].filter(Boolean).join(' ') || undefined}>
              <td>
                {eventTypeLabel(e.type, lang)}
                {e.background ? <span className="badge">{t('background')}</span> : null}
              </td>
              <td>
                <Args args={e.agents} />
              </td>
              <td>
                <Args args={e.partners} />
              </td>
              <td>
                <Arg arg={e.place} />
              </td>
              <td dir="ltr" className="time-cell">
                {formatTimeValue(e.time, lang)}
              </td>
              <td>{modalityLabel(e.modality, lang)}</td>
              <td>
                <Sources sources={e.sources} publishers={publishers} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function StoryBody({ story, focus }: { story: StoryDetail; focus: string | null }) {
  const { t, num } = useI18n();
  useDocumentTitle(story.title);
  const publishers = useMemo<Publishers>(() => new Map(story.articles.map((a) => [a.id, a.publisher ?? a.source])), [story]);
  const byOutlet = useMemo(() => {
    const m = new Map<string, (typeof story.articles)[number][]>();
    for (const a of story.articles) {
      const k = a.publisher ?? '—';
      m.set(k, [...(m.get(k) ?? []), a]);
    }
    return [...m.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0], 'ar'));
  }, [story]);
  useEffect(() => {
    if (focus) document.getElementById(focus)?.scrollIntoView({ block: 'center' });
  }, [focus]);

  return (
    <>
      <header className="page-head">
        <h1>
          <bdi lang="ar">{story.title}</bdi>
        </h1>
        <p className="meta-line">
          <span dir="ltr">{story.dateRange ? formatDateRange(story.dateRange) : t('undated')}</span>
          <span>
            {num(story.sourceCount)} {t('outlets')}
          </span>
          <span>
            {num(story.articleCount)} {t('articles')}
          </span>
          {story.storylineId ? <a href={href('storyline', story.storylineId)}>{t('storyline')}</a> : null}
          <a href={href('timeline', { story: story.id })}>{t('viewTimeline')}</a>
        </p>
      </header>

      <Section title={t('summary')}>
        {story.summary.length === 0 ? (
          <Empty>{t('noSummary')}</Empty>
        ) : (
          <div className="summary" lang="ar" dir="rtl" data-testid="summary">
            {story.summary.map((s, i) => (
              <span key={i} className="summary-sentence">
                <SpanLink articleId={s.articleId} start={s.start} end={s.end} title={publishers.get(s.articleId) ?? ''}>
                  {s.text}
                </SpanLink>
                <sup className="cite">
                  <a href={href('article', s.articleId, { start: s.start, end: s.end })} title={t('citation')}>
                    [{publishers.get(s.articleId) ?? `#${s.articleId}`}]
                  </a>
                </sup>{' '}
              </span>
            ))}
          </div>
        )}
      </Section>

      <Section title={t('disagreements')} id="disagreements">
        <Disagreements items={story.disagreements} publishers={publishers} />
      </Section>

      <Section title={t('memberArticles')}>
        <div className="outlets">
          {byOutlet.map(([outlet, arts]) => (
            <div key={outlet} className="outlet-col" data-testid="outlet">
              <h3 lang="ar">{outlet}</h3>
              <ul>
                {arts.map((a) => (
                  <li key={a.id} className={a.duplicateOf !== null ? 'dup' : undefined}>
                    <a href={href('article', a.id)}>
                      <bdi lang="ar">{a.title ?? a.source}</bdi>
                    </a>
                    <div className="meta-line">
                      <span dir="ltr">{a.published ? isoDay(a.published) : t('undated')}</span>
                      {a.duplicateOf !== null ? (
                        <a href={href('article', a.duplicateOf)} className="badge">
                          {t('duplicateOf')} #{a.duplicateOf}
                        </a>
                      ) : null}
                    </div>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </Section>

      <Section title={t('timeline')}>
        <TimelineChart rows={story.timeline} />
      </Section>

      <Section title={t('events')}>
        <EventsTable events={story.events} publishers={publishers} focus={focus} />
      </Section>

      <Section title={t('quotes')}>
        {story.quotes.length === 0 ? (
          <Empty>{t('noQuotes')}</Empty>
        ) : (
          <ul className="quotes">
            {story.quotes.map((q, i) => (
              <li key={i} className="quote">
                <blockquote lang="ar" dir="rtl">
                  <SpanLink articleId={q.articleId} start={q.start} end={q.end}>
                    {q.direct ? `«${q.text}»` : q.text}
                  </SpanLink>
                </blockquote>
                <div className="meta-line">
                  <span>
                    {t('speaker')}: {q.speaker ? <Arg arg={q.speaker} /> : <em>{t('unknownSpeaker')}</em>}
                  </span>
                  <span>{q.direct ? t('direct') : t('indirect')}</span>
                  <bdi lang="ar">{publishers.get(q.articleId) ?? ''}</bdi>
                </div>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section title={t('claims')}>
        <ClaimsTable claims={story.claims} disagreements={story.disagreements} publishers={publishers} />
      </Section>

      <Section title={t('entities')}>
        {story.entities.length === 0 ? (
          <Empty>{t('noEntities')}</Empty>
        ) : (
          <div className="chips">
            {story.entities.map((e) => (
              <EntityChip key={e.id} id={e.id} name={e.name} type={e.type} extra={e.mentionsInStory} />
            ))}
          </div>
        )}
      </Section>

      {story.inferredDates.length > 0 && (
        <Section title={t('inferredDates')}>
          <ul>
            {story.inferredDates.map((d) => (
              <li key={d.articleId}>
                <a href={href('article', d.articleId)}>
                  <bdi lang="ar">{publishers.get(d.articleId) ?? `#${d.articleId}`}</bdi>
                </a>{' '}
                <span dir="ltr">
                  {d.earliest === d.latest ? d.earliest : `${d.earliest} … ${d.latest}`}
                </span>{' '}
                <span className="muted small" lang="ar">
                  {d.evidence}
                </span>
              </li>
            ))}
          </ul>
        </Section>
      )}
    </>
  );
}

/** A story: cited summary, disagreements, articles by outlet, timeline, events, quotes, claims, entities. */
export function StoryPage({ id, focus }: { id: string; focus: string | null }) {
  const state = useApi<StoryDetail>(apiUrl(`stories/${encodeURIComponent(id)}`));
  return (
    <div className="page story" data-page="story">
      <Load state={state}>{(story) => <StoryBody story={story} focus={focus} />}</Load>
    </div>
  );
}
