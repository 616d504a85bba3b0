import { useState } from 'react';
import type { FormEvent } from 'react';
import { apiUrl } from '../api/client.js';
import type { EntitySummary, Paged } from '../api/types.js';
import { useApi } from '../api/useApi.js';
import { Pager } from '../components/Cards.js';
import { Empty, Load, Section } from '../components/State.js';
import { entityTypeLabel } from '../format.js';
import { useI18n } from '../i18n.js';
import { href, navigate } from '../router.js';
import { useDocumentTitle } from '../components/useDocumentTitle.js';

const LIMIT = 50;

/** Entities, filterable by type and name, most mentioned first (as the API orders them). */
export function EntitiesPage({ query }: { query: URLSearchParams }) {
  const { t, lang, num } = useI18n();
  useDocumentTitle(t('navEntities'));
  const type = query.get('type') ?? '';
  const q = query.get('q') ?? '';
  const offset = Number(query.get('offset') ?? 0) || 0;
  const [text, setText] = useState(q);
  const state = useApi<Paged<EntitySummary>>(apiUrl('entities', { type, q, limit: LIMIT, offset }));
  const go = (p: { type?: string; q?: string; offset?: number }) => navigate(href('entities', { type, q, offset: 0, ...p }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    go({ q: text.trim() });
  };
  return (
    <div className="page entities" data-page="entities">
      <Section title={t('entities')}>
        <form className="filters" onSubmit={submit}>
          <select value={type} onChange={(e) => go({ type: e.target.value })} aria-label={t('type')}>
            <option value="">{t('allTypes')}</option>
            {['PER', 'LOC', 'ORG', 'MISC'].map((k) => (
              <option key={k} value={k}>
                {entityTypeLabel(k, lang)}
              </option>
            ))}
          </select>
          <input type="search" lang="ar" dir="rtl" value={text} onChange={(e) => setText(e.target.value)} placeholder={t('filterEntities')} aria-label={t('filterEntities')} />
          <button type="submit">{t('search')}</button>
        </form>
        <Load state={state}>
          {(p) =>
            p.items.length === 0 ? (
              <Empty>{t('noEntities')}</Empty>
            ) : (
              <>
                <table className="entity-table">
                  <thead>
                    <tr>
                      <th>{t('entity')}</th>
                      <th>{t('latin')}</th>
                      <th>{t('type')}</th>
                      <th>{t('mentions')}</th>
                      <th>{t('articles')}</th>
                      <th>{t('aliases')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {p.items.map((e) => (
                      <tr key={e.id}>
                        <td>
                          <a href={href('entity', e.id)}>
                            <bdi lang="ar">{e.name}</bdi>
                          </a>
                        </td>
                        <td dir="ltr">{e.nameLatin}</td>
                        <td>{entityTypeLabel(e.type, lang)}</td>
                        <td className="num">{num(e.mentionCount)}</td>
                        <td className="num">{num(e.articleCount)}</td>
                        <td lang="ar">{e.topAliases.map((a) => a.text).join('، ')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                <Pager total={p.total} limit={LIMIT} offset={offset} onOffset={(o) => go({ offset: o })} />
              </>
            )
          }
        </Load>
      </Section>
    </div>
  );
}
