import { apiUrl } from '../api/client.js';
import type { Paged, StorylineDetail, TimelineRow } from '../api/types.js';
import { useApi } from '../api/useApi.js';
import { StoryCard } from '../components/Cards.js';
import { Empty, Load, Section } from '../components/State.js';
import { TimelineChart } from '../components/TimelineChart.js';
import { formatDateRange } from '../format.js';
import { useI18n } from '../i18n.js';
import { href } from '../router.js';
import { useDocumentTitle } from '../components/useDocumentTitle.js';

function StorylineBody({ line }: { line: StorylineDetail }) {
  const { t, num } = useI18n();
  useDocumentTitle(line.title);
  const timeline = useApi<Paged<TimelineRow>>(apiUrl('timeline', { storyline: line.id, limit: 200 }));
  const titles = new Map(line.stories.map((s) => [s.id, s.title]));
  return (
    <>
      <header className="page-head">
        <h1>
          <bdi lang="ar">{line.title}</bdi>
        </h1>
        <p className="meta-line">
          <span>
            {num(line.storyCount)} {t('stories')}
          </span>
          <span dir="ltr">{formatDateRange(line.dateRange)}</span>
          <a href={href('timeline', { storyline: line.id })}>{t('viewTimeline')}</a>
        </p>
      </header>
      <Section title={t('timeline')}>
        <Load state={timeline}>{(p) => <TimelineChart rows={p.items} />}</Load>
      </Section>
      <Section title={t('storiesHeading')}>
        {line.stories.length === 0 ? (
          <Empty>{t('noStories')}</Empty>
        ) : (
          <div className="story-list">
            {line.stories.map((s) => (
              <StoryCard key={s.id} story={s} />
            ))}
          </div>
        )}
      </Section>
      {line.links.length > 0 && (
        <Section title={t('links')}>
          <ul className="links">
            {line.links.map((l, i) => (
              <li key={i}>
                <a href={href('story', l.from)}>
                  <bdi lang="ar">{titles.get(l.from) ?? l.from}</bdi>
                </a>
                {' ↔ '}
                <a href={href('story', l.to)}>
                  <bdi lang="ar">{titles.get(l.to) ?? l.to}</bdi>
                </a>{' '}
                <span className="muted small" dir="ltr">
                  {t('score')} {l.score.toFixed(2)}
                </span>
                {l.sharedTerms.length > 0 ? (
                  <span className="muted small">
                    {' · '}
                    {t('sharedTerms')}: <bdi lang="ar">{l.sharedTerms.join('، ')}</bdi>
                  </span>
                ) : null}
                {l.sharedEntities.length > 0 ? (
                  <span className="muted small">
                    {' · '}
                    {t('sharedEntities')}:{' '}
                    {l.sharedEntities.map((id) => (
                      <a key={id} href={href('entity', id)} className="tiny-link">
                        {id}
                      </a>
                    ))}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </Section>
      )}
    </>
  );
}

/** A storyline: its stories, why they are linked, and its timeline. */
export function StorylinePage({ id }: { id: string }) {
  const state = useApi<StorylineDetail>(apiUrl(`storylines/${encodeURIComponent(id)}`));
  return (
    <div className="page storyline" data-page="storyline">
      <Load state={state}>{(l) => <StorylineBody line={l} />}</Load>
    </div>
  );
}
