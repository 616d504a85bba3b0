import type { ArticleSummary, StorySummary, KnowledgeEntityType } from '../api/types.js';
import { useI18n } from '../i18n.js';
import { href } from '../router.js';
import { entityTypeLabel, formatDateRange, isoDay } from '../format.js';

/** A link to an entity, coloured by type. */
export function EntityChip({ id, name, type, extra }: { id: string; name: string; type: KnowledgeEntityType | string; extra?: string | number }) {
  const { lang } = useI18n();
  return (
    <a className={`chip chip-${type}`} href={href('entity', id)} title={entityTypeLabel(type, lang)}>
      <bdi lang="ar">{name}</bdi>
      {extra !== undefined ? <span className="chip-count">{extra}</span> : null}
    </a>
  );
}

/** A story in a listing: headline, outlets, date range, key entities. */
export function StoryCard({ story }: { story: StorySummary }) {
  const { t, num } = useI18n();
  return (
    <article className="card story-card" data-story-id={story.id}>
      <h3>
        <a href={href('story', story.id)}>
          <bdi lang="ar">{story.title}</bdi>
        </a>
      </h3>
      <p className="meta-line">
        <span>
          {num(story.sourceCount)} {t('outlets')}
        </span>
        <span>
          {num(story.articleCount)} {t('articles')}
        </span>
        <span dir="ltr">{story.dateRange ? formatDateRange(story.dateRange) : t('undated')}</span>
      </p>
      {story.publishers.length > 0 && (
        <p className="publishers" lang="ar">
          {story.publishers.join(' · ')}
        </p>
      )}
      {story.keyEntities.length > 0 && (
        <div className="chips" aria-label={t('keyEntities')}>
          {story.keyEntities.map((e) => (
            <EntityChip key={e.id} id={e.id} name={e.name} type={e.type} />
          ))}
        </div>
      )}
    </article>
  );
}

/** An article in a listing: title (or source), publisher and date. */
export function ArticleRow({ article, showPublisher = true }: { article: ArticleSummary; showPublisher?: boolean }) {
  const { t } = useI18n();
  return (
    <li className="article-row" data-article-id={article.id}>
      <a href={href('article', article.id)}>
        <bdi lang="ar">{article.title ?? article.member ?? article.source}</bdi>
      </a>
      <span className="meta-line">
        {showPublisher && article.publisher ? <bdi lang="ar">{article.publisher}</bdi> : null}
        <span dir="ltr">{article.published ? isoDay(article.published) : t('undated')}</span>
      </span>
    </li>
  );
}

/** Previous/next paging for a `Paged` listing. */
export function Pager({ total, limit, offset, onOffset }: { total: number; limit: number; offset: number; onOffset: (offset: number) => void }) {
  const { t, num } = useI18n();
  if (total <= limit) return null;
  const page = Math.floor(offset / limit) + 1;
  const pages = Math.ceil(total / limit);
  return (
    <nav className="pager" aria-label={t('page')}>
      <button type="button" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - limit))}>
        {t('prev')}
      </button>
      <span>
        {t('page')} {num(page)} / {num(pages)}
      </span>
      <button type="button" disabled={offset + limit >= total} onClick={() => onOffset(offset + limit)}>
        {t('next')}
      </button>
    </nav>
  );
}
