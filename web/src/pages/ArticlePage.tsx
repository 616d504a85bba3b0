import { useEffect, useMemo, useRef, useState } from 'react';
import { apiUrl } from '../api/client.js';
import type { ArticleDetail, StoryDetail } from '../api/types.js';
import { useApi } from '../api/useApi.js';
import { HighlightedText } from '../components/Highlighted.js';
import type { Mark } from '../components/Highlighted.js';
import { Empty, ErrorBox, Load, Loading, Section } from '../components/State.js';
import { formatConfidence, metaFieldLabel } from '../format.js';
import { useI18n } from '../i18n.js';
import type { MessageKey } from '../i18n.js';
import { href } from '../router.js';
import { articleMarks } from './articleMarks.js';
import type { MarkKind } from './articleMarks.js';
import { useDocumentTitle } from '../components/useDocumentTitle.js';

const KINDS: [MarkKind, MessageKey][] = [
  ['entity', 'legendEntity'],
  ['date', 'legendDate'],
  ['number', 'legendNumber'],
  ['quote', 'legendQuote'],
  ['claim', 'legendClaim'],
  ['event', 'legendEvent'],
];

function toInt(s: string | null): number | null {
  if (s === null || !/^\d+$/.test(s)) return null;
  return Number(s);
}

function RawInput({ id }: { id: string }) {
  const { t } = useI18n();
  const state = useApi<ArticleDetail>(apiUrl(`articles/${encodeURIComponent(id)}`, { raw: 1 }));
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorBox error={state.error} />;
  const { raw, input } = state.data;
  return (
    <div className="raw" data-testid="raw">
      {input ? (
        <>
          <p className="meta-line" dir="ltr">
            <span>{input.kind}</span>
            <span>{input.encoding}</span>
            <span>{input.bytes} B</span>
            <code title="sha256">{input.sha256.slice(0, 16)}…</code>
          </p>
          {Object.keys(input.fields).length > 0 && (
            <table className="kv">
              <tbody>
                {Object.entries(input.fields).map(([k, v]) => (
                  <tr key={k}>
                    <th dir="ltr">{k}</th>
                    <td dir="auto" className="meta-value">
                      {typeof v === 'string' ? v : JSON.stringify(v)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      ) : null}
      {raw === undefined ? <Empty>{t('empty')}</Empty> : <pre dir="auto">{raw}</pre>}
    </div>
  );
}

function ArticleBody({ article, start, end }: { article: ArticleDetail; start: number | null; end: number | null }) {
  const { t, lang, num } = useI18n();
  const storyId = article.corpus?.storyId ?? null;
  const story = useApi<StoryDetail>(storyId ? apiUrl(`stories/${encodeURIComponent(storyId)}`) : null);
  const storyData = story.status === 'ok' ? story.data : null;
  const [kinds, setKinds] = useState<ReadonlySet<MarkKind>>(() => new Set(KINDS.map(([k]) => k)));
  const [showRaw, setShowRaw] = useState(false);
  const marks = useMemo(() => {
    const m: Mark[] = articleMarks(article, storyData, lang, kinds);
    if (start !== null && end !== null && end > start) m.push({ start, end, cls: 'm-focus', kind: 'focus' });
    return m;
  }, [article, storyData, lang, kinds, start, end]);
  const textRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (start !== null) textRef.current?.querySelector('.m-focus')?.scrollIntoView({ block: 'center' });
  }, [start, end]);

  const title = article.meta.title?.value;
  useDocumentTitle(title ?? `#${article.id}`);
  const metaRows = Object.entries(article.meta).filter((e): e is [string, NonNullable<(typeof e)[1]>] => e[1] !== undefined && e[1] !== null);
  const inferred = article.annotations.time?.publishedInferred;
  const corpus = article.corpus;
  const toggle = (k: MarkKind) =>
    setKinds((old) => {
      const s = new Set(old);
      if (s.has(k)) s.delete(k);
      else s.add(k);
      return s;
    });

  return (
    <>
      <header className="page-head">
        <h1>
          <bdi lang="ar">{title ?? article.source ?? `#${article.id}`}</bdi>
        </h1>
        <p className="meta-line">
          {article.meta.publisher ? <bdi lang="ar">{article.meta.publisher.value}</bdi> : null}
          {article.meta.published ? <span dir="ltr">{article.meta.published.value}</span> : null}
          {!article.meta.published && inferred ? (
            <span dir="ltr" className="inferred-date" title={t('inferred')}>
              ~ {inferred.earliest ?? '?'} … {inferred.latest ?? '?'} ({t('inferred')})
            </span>
          ) : null}
          {storyId ? (
            <a href={href('story', storyId)}>
              {t('story')}: <bdi lang="ar">{storyData?.title ?? storyId}</bdi>
            </a>
          ) : null}
          {article.version !== undefined ? (
            <span>
              {t('version')} {num(article.version)}
            </span>
          ) : null}
        </p>
      </header>

      <div className="article-layout">
        <div className="article-main">
          <div className="legend" role="group" aria-label={t('legend')}>
            {KINDS.map(([k, label]) => (
              <label key={k} className={`legend-item lg-${k}`}>
                <input type="checkbox" checked={kinds.has(k)} onChange={() => toggle(k)} />
                <span className={`swatch m-${k}`}>{t(label)}</span>
              </label>
            ))}
          </div>
          <div className="article-text" lang="ar" dir="rtl" ref={textRef} data-testid="article-text">
            <HighlightedText text={article.text} marks={marks} />
          </div>
        </div>

        <aside className="article-side">
          <Section title={t('metadata')}>
            <table className="kv meta">
              <tbody>
                {metaRows.map(([k, f]) => (
                  <tr key={k}>
                    <th>{metaFieldLabel(k, lang)}</th>
                    <td>
                      <div dir="auto" className="meta-value">
                        {k === 'url' && /^https?:\/\//.test(f.value) ? (
                          <a href={f.value} rel="noopener noreferrer nofollow" target="_blank">
                            {f.value}
                          </a>
                        ) : (
                          f.value
                        )}
                      </div>
                      <div className="provenance muted small" dir="ltr" title={`${t('provenance')} · ${t('confidence')}`}>
                        <code>{f.from}</code> · {formatConfidence(f.confidence)}
                      </div>
                    </td>
                  </tr>
                ))}
                {article.source ? (
                  <tr>
                    <th>{t('sources')}</th>
                    <td dir="ltr" className="meta-value">
                      <code>
                        {article.source}
                        {article.member ? ` # ${article.member}` : ''}
                      </code>
                    </td>
                  </tr>
                ) : null}
              </tbody>
            </table>
          </Section>

          <Section title={t('duplicates')}>
            {corpus?.duplicateOf !== null && corpus?.duplicateOf !== undefined ? (
              <p>
                {t('duplicateOf')} <a href={href('article', corpus.duplicateOf)}>#{corpus.duplicateOf}</a>
              </p>
            ) : null}
            {corpus && corpus.duplicates.length > 0 ? (
              <ul className="inline-list">
                {corpus.duplicates.map((d) => (
                  <li key={d}>
                    <a href={href('article', d)}>#{d}</a>
                  </li>
                ))}
              </ul>
            ) : corpus?.duplicateOf === null || !corpus ? (
              <p className="muted">{t('noDuplicates')}</p>
            ) : null}
          </Section>

          {article.sightings && article.sightings.length > 0 ? (
            <Section title={t('seenAt')}>
              <ul className="sightings" dir="ltr">
                {article.sightings.map((w, i) => (
                  <li key={i}>
                    <code>
                      {w.source}
                      {w.member ? `#${w.member}` : ''}
                    </code>{' '}
                    <span className="muted small">
                      {w.outcome} · {w.at.slice(0, 19)}
                    </span>
                  </li>
                ))}
              </ul>
            </Section>
          ) : null}

          <Section title={t('messages')}>
            {article.messages.length === 0 ? (
              <p className="muted">{t('noMessages')}</p>
            ) : (
              <ul className="messages">
                {article.messages.map((m, i) => (
                  <li key={i} className={`msg msg-${m.severity}`}>
                    <code>{m.code}</code> <span dir="auto">{m.text}</span>
                  </li>
                ))}
              </ul>
            )}
          </Section>

          <Section title={t('rawInput')}>
            <button type="button" onClick={() => setShowRaw((v) => !v)} aria-expanded={showRaw} data-testid="raw-toggle">
              {showRaw ? t('hideRaw') : t('showRaw')}
            </button>
            {showRaw ? <RawInput id={String(article.id)} /> : null}
          </Section>
        </aside>
      </div>
    </>
  );
}

/** An article: clean text with highlights, metadata with provenance, messages, raw input, duplicates. */
export function ArticlePage({ id, start, end }: { id: string; start: string | null; end: string | null }) {
  const state = useApi<ArticleDetail>(apiUrl(`articles/${encodeURIComponent(id)}`));
  return (
    <div className="page article" data-page="article">
      <Load state={state}>{(a) => <ArticleBody article={a} start={toInt(start)} end={toInt(end)} />}</Load>
    </div>
  );
}
