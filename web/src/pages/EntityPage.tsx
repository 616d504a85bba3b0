import { lazy, Suspense, useMemo } from 'react';
import { apiUrl } from '../api/client.js';
import type { EntityDetail, Paged, StorySummary, TimelineRow } from '../api/types.js';
import { useApi } from '../api/useApi.js';
import { ArticleRow, EntityChip } from '../components/Cards.js';
import { Empty, Load, Loading, Section } from '../components/State.js';
import { TimelineChart } from '../components/TimelineChart.js';
import { entityTypeLabel } from '../format.js';
import { useI18n } from '../i18n.js';
import { href } from '../router.js';
import type { TextCount } from '../api/types.js';
import { useDocumentTitle } from '../components/useDocumentTitle.js';

const EntityGraph = lazy(() => import('../components/EntityGraph.js'));

function CountTable({ rows, testId }: { rows: readonly TextCount[]; testId: string }) {
  const { t, num } = useI18n();
  if (rows.length === 0) return <p className="muted">{t('empty')}</p>;
  return (
    <table className="kv counts" data-testid={testId}>
      <tbody>
        {rows.map((r) => (
          <tr key={r.text}>
            <td lang="ar" dir="rtl">
              {r.text}
            </td>
            <td className="num" aria-label={t('count')}>
              {num(r.count)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The entity's stories with their titles (`/api/stories?entity=`), falling back to the ids. */
function EntityStories({ entity }: { entity: EntityDetail }) {
  const { t } = useI18n();
  const state = useApi<Paged<StorySummary>>(apiUrl('stories', { entity: entity.id, limit: 50 }));
  const titles = new Map(state.status === 'ok' ? state.data.items.map((s) => [s.id, s.title]) : []);
  if (entity.storyIds.length === 0) return <p className="muted">{t('noStories')}</p>;
  return (
    <ul className="story-links" data-testid="entity-stories">
      {entity.storyIds.map((s) => (
        <li key={s}>
          <a href={href('story', s)}>
            <bdi lang="ar">{titles.get(s) ?? s}</bdi>
          </a>
        </li>
      ))}
    </ul>
  );
}

function EntityBody({ e }: { e: EntityDetail }) {
  const { t, lang, num } = useI18n();
  useDocumentTitle(e.name);
  const timeline = useApi<Paged<TimelineRow>>(apiUrl('timeline', { entity: e.id, limit: 200 }));
  const neighbours = useMemo(() => [...e.cooccurring].sort((a, b) => b.articles - a.articles).slice(0, 24), [e]);
  return (
    <>
      <header className="page-head">
        <h1>
          <bdi lang="ar">{e.name}</bdi>
          {e.nameLatin ? (
            <span className="latin" lang="en" dir="ltr" data-testid="latin-name">
              {' '}
              ({e.nameLatin})
            </span>
          ) : null}
        </h1>
        <p className="meta-line">
          <span className={`chip chip-${e.type}`}>{entityTypeLabel(e.type, lang)}</span>
          <span>
            {num(e.mentionCount)} {t('mentions')}
          </span>
          <span>
            {num(e.articleCount)} {t('articles')}
          </span>
          <a href={href('timeline', { entity: e.id })}>{t('viewTimeline')}</a>
        </p>
      </header>
      <div className="entity-grid">
        <Section title={t('aliases')}>
          <CountTable rows={e.aliases} testId="aliases" />
        </Section>
        <Section title={t('roles')}>
          <CountTable rows={e.roles} testId="roles" />
        </Section>
        {e.countries.length > 0 && (
          <Section title={t('countries')}>
            <CountTable rows={e.countries} testId="countries" />
          </Section>
        )}
        <Section title={t('storiesHeading')}>
          <EntityStories entity={e} />
        </Section>
      </div>
      <Section title={t('network')}>
        {neighbours.length === 0 ? (
          <Empty>{t('noNetwork')}</Empty>
        ) : (
          <div className="network">
            <Suspense fallback={<Loading label={t('graphLoading')} />}>
              <EntityGraph entity={e} neighbours={neighbours} />
            </Suspense>
            <div className="chips">
              {neighbours.map((n) => (
                <EntityChip key={n.id} id={n.id} name={n.name} type={n.type} extra={n.articles} />
              ))}
            </div>
          </div>
        )}
      </Section>
      <Section title={t('timeline')}>
        <Load state={timeline}>{(p) => <TimelineChart rows={p.items} />}</Load>
      </Section>
      <Section title={t('articles')}>
        {e.articles.length === 0 ? (
          <Empty>{t('empty')}</Empty>
        ) : (
          <ul className="article-list">
            {e.articles.map((a) => (
              <ArticleRow key={a.id} article={a} />
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}

/** An entity: names, aliases with counts, roles, stories, co-occurrence network, timeline, articles. */
export function EntityPage({ id }: { id: string }) {
  const state = useApi<EntityDetail>(apiUrl(`entities/${encodeURIComponent(id)}`));
  return (
    <div className="page entity" data-page="entity">
      <Load state={state}>{(e) => <EntityBody e={e} />}</Load>
    </div>
  );
}
