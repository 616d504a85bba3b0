import { apiUrl } from '../api/client.js';
import type { Paged, StatsJson, StorylineSummary, StorySummary } from '../api/types.js';
import { useApi } from '../api/useApi.js';
import { StoryCard } from '../components/Cards.js';
import { Empty, Load, Section } from '../components/State.js';
import { formatDateRange } from '../format.js';
import { useI18n } from '../i18n.js';
import { href } from '../router.js';
import { useDocumentTitle } from '../components/useDocumentTitle.js';

/** Newest first by the end of the date range; undated stories last. */
function byLatest(a: StorySummary, b: StorySummary): number {
  const ae = a.dateRange?.end ?? '';
  const be = b.dateRange?.end ?? '';
  return ae === be ? b.articleCount - a.articleCount : ae < be ? 1 : -1;
}

function StatsLine() {
  const { t, num } = useI18n();
  const state = useApi<StatsJson>(apiUrl('stats'));
  if (state.status !== 'ok') return null;
  const s = state.data;
  const pick = (k: string): number | undefined => {
    const v = s[k];
    if (typeof v === 'number') return v;
    for (const sub of Object.values(s)) {
      if (sub && typeof sub === 'object' && typeof (sub as Record<string, unknown>)[k] === 'number') return (sub as Record<string, number>)[k];
    }
    return undefined;
  };
  const items: [string, number | undefined][] = [
    [t('articles'), pick('currentArticles') ?? pick('articles')],
    [t('stories'), pick('stories')],
    [t('storylines'), pick('storylines')],
    [t('entities'), pick('entities')],
    [t('claims'), pick('claims')],
    [t('disagreements'), pick('disagreements')],
  ];
  return (
    <p className="stats-line" data-testid="stats">
      {items
        .filter((x): x is [string, number] => x[1] !== undefined)
        .map(([label, n]) => (
          <span key={label}>
            <strong>{num(n)}</strong> {label}
          </span>
        ))}
    </p>
  );
}

/** Home: latest stories and the storylines that link them. */
export function HomePage() {
  const { t, num } = useI18n();
  useDocumentTitle(null);
  const stories = useApi<Paged<StorySummary>>(apiUrl('stories', { limit: 30 }));
  const storylines = useApi<Paged<StorylineSummary>>(apiUrl('storylines', { limit: 50 }));
  return (
    <div className="page home" data-page="home">
      <StatsLine />
      <div className="home-grid">
        <Section title={t('latestStories')}>
          <Load state={stories}>
            {(p) =>
              p.items.length === 0 ? (
                <Empty>{t('noStories')}</Empty>
              ) : (
                <div className="story-list">
                  {[...p.items].sort(byLatest).map((s) => (
                    <StoryCard key={s.id} story={s} />
                  ))}
                </div>
              )
            }
          </Load>
        </Section>
        <Section title={t('storylines')}>
          <Load state={storylines}>
            {(p) =>
              p.items.length === 0 ? (
                <Empty>{t('noStorylines')}</Empty>
              ) : (
                <ul className="storyline-list">
                  {p.items.map((l) => (
                    <li key={l.id} className="card" data-storyline-id={l.id}>
                      <a href={href('storyline', l.id)}>
                        <bdi lang="ar">{l.title}</bdi>
                      </a>
                      <p className="meta-line">
                        <span>
                          {num(l.storyCount)} {t('stories')}
                        </span>
                        <span dir="ltr">{formatDateRange(l.dateRange)}</span>
                        <a href={href('timeline', { storyline: l.id })}>{t('viewTimeline')}</a>
                      </p>
                    </li>
                  ))}
                </ul>
              )
            }
          </Load>
        </Section>
      </div>
    </div>
  );
}
