import { apiUrl } from '../api/client.js';
import type { EntityDetail, Paged, StoryDetail, StorylineDetail, StorylineSummary, TimelineRow } from '../api/types.js';
import { useApi } from '../api/useApi.js';
import { Empty, Load, Section } from '../components/State.js';
import { TimelineChart } from '../components/TimelineChart.js';
import { useI18n } from '../i18n.js';
import { href } from '../router.js';
import { useDocumentTitle } from '../components/useDocumentTitle.js';

type Scope = { kind: 'storyline' | 'story' | 'entity'; id: string };

function scopeOf(q: URLSearchParams): Scope | null {
  for (const kind of ['storyline', 'story', 'entity'] as const) {
    const id = q.get(kind);
    if (id) return { kind, id };
  }
  return null;
}

function ScopeTitle({ scope }: { scope: Scope }) {
  const { t } = useI18n();
  const path = scope.kind === 'storyline' ? 'storylines' : scope.kind === 'story' ? 'stories' : 'entities';
  const state = useApi<StorylineDetail | StoryDetail | EntityDetail>(apiUrl(`${path}/${encodeURIComponent(scope.id)}`));
  const name = state.status === 'ok' ? ('title' in state.data ? state.data.title : state.data.name) : scope.id;
  const label = scope.kind === 'storyline' ? t('storyline') : scope.kind === 'story' ? t('story') : t('entity');
  return (
    <h1>
      {t('timeline')}: {label}{' '}
      <a href={href(scope.kind, scope.id)}>
        <bdi lang="ar">{name}</bdi>
      </a>
    </h1>
  );
}

function Chooser() {
  const { t } = useI18n();
  const lines = useApi<Paged<StorylineSummary>>(apiUrl('storylines', { limit: 100 }));
  return (
    <Section title={t('timeline')}>
      <p className="muted">{t('chooseScope')}</p>
      <Load state={lines}>
        {(p) =>
          p.items.length === 0 ? (
            <Empty>{t('noStorylines')}</Empty>
          ) : (
            <ul className="storyline-list">
              {p.items.map((l) => (
                <li key={l.id} className="card">
                  <a href={href('timeline', { storyline: l.id })}>
                    <bdi lang="ar">{l.title}</bdi>
                  </a>
                </li>
              ))}
            </ul>
          )
        }
      </Load>
    </Section>
  );
}

/** A zoomable timeline of a storyline, a story or an entity (`#/timeline?storyline=ID`). */
export function TimelinePage({ query }: { query: URLSearchParams }) {
  const { t } = useI18n();
  useDocumentTitle(t('navTimeline'));
  const scope = scopeOf(query);
  const rows = useApi<Paged<TimelineRow>>(scope ? apiUrl('timeline', { [scope.kind]: scope.id, limit: 200 }) : null);
  return (
    <div className="page timeline-page" data-page="timeline">
      {scope ? (
        <>
          <header className="page-head">
            <ScopeTitle scope={scope} />
          </header>
          <Load state={rows}>{(p) => <TimelineChart rows={p.items} />}</Load>
        </>
      ) : (
        <Chooser />
      )}
    </div>
  );
}
