import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useI18n } from './i18n.js';
import { href, navigate, useRoute } from './router.js';
import type { Route } from './router.js';
import { Empty } from './components/State.js';
import { ErrorBoundary } from './components/ErrorBoundary.js';
import { HomePage } from './pages/HomePage.js';
import { StoryPage } from './pages/StoryPage.js';
import { ArticlePage } from './pages/ArticlePage.js';
import { EntityPage } from './pages/EntityPage.js';
import { EntitiesPage } from './pages/EntitiesPage.js';
import { StorylinePage } from './pages/StorylinePage.js';
import { TimelinePage } from './pages/TimelinePage.js';
import { SearchPage } from './pages/SearchPage.js';

function Page({ route }: { route: Route }) {
  const { t } = useI18n();
  const [head, id] = route.parts;
  switch (head) {
    case undefined:
      return <HomePage />;
    case 'story':
      if (id) return <StoryPage id={id} focus={route.query.get('focus')} />;
      break;
    case 'article':
      if (id) return <ArticlePage id={id} start={route.query.get('start')} end={route.query.get('end')} />;
      break;
    case 'entity':
      if (id) return <EntityPage id={id} />;
      break;
    case 'entities':
      return <EntitiesPage query={route.query} />;
    case 'storyline':
      if (id) return <StorylinePage id={id} />;
      break;
    case 'timeline':
      return <TimelinePage query={route.query} />;
    case 'search':
      return <SearchPage query={route.query} />;
  }
  return (
    <Empty>
      <h1>{t('notFound')}</h1>
      <a href={href()}>{t('navHome')}</a>
    </Empty>
  );
}

/** The quick search box of the header. */
function HeaderSearch({ initial }: { initial: string }) {
  const { t } = useI18n();
  const [q, setQ] = useState(initial);
  useEffect(() => setQ(initial), [initial]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    navigate(href('search', { q: q.trim() }));
  };
  return (
    <form className="header-search" role="search" onSubmit={submit}>
      <input type="search" lang="ar" dir="rtl" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t('searchPlaceholder')} aria-label={t('search')} />
      <button type="submit">{t('search')}</button>
    </form>
  );
}

/**
 * The application: header (navigation, search, language toggle) and the page of the current
 * route. The chrome takes the interface language's `lang`/`dir`; Arabic content inside pages
 * carries its own `lang="ar"`.
 */
export function App() {
  const { t, lang, dir, setLang } = useI18n();
  const route = useRoute();
  const routeKey = `${route.parts.join('/')}?${route.query.toString()}`;
  const pathKey = route.parts.join('/');
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [pathKey]);
  const current = route.parts[0] ?? '';
  const nav: [string, string, string][] = [
    ['', href(), t('navHome')],
    ['search', href('search'), t('navSearch')],
    ['entities', href('entities'), t('navEntities')],
    ['timeline', href('timeline'), t('navTimeline')],
  ];
  return (
    <div className="app" lang={lang} dir={dir} data-lang={lang}>
      <header className="topbar">
        <a className="brand" href={href()}>
          <span className="brand-name">{t('appName')}</span>
          <span className="brand-tag">{t('tagline')}</span>
        </a>
        <nav className="nav" aria-label="main">
          {nav.map(([key, to, label]) => (
            <a key={key} href={to} className={current === key ? 'active' : undefined} aria-current={current === key ? 'page' : undefined}>
              {label}
            </a>
          ))}
        </nav>
        <HeaderSearch initial={current === 'search' ? (route.query.get('q') ?? '') : ''} />
        <button type="button" className="lang-toggle" onClick={() => setLang(lang === 'ar' ? 'en' : 'ar')} lang={lang === 'ar' ? 'en' : 'ar'} data-testid="lang-toggle">
          {t('switchLang')}
        </button>
      </header>
      <main className="main" key={routeKey}>
        <ErrorBoundary title={t('errorTitle')} resetKey={routeKey}>
          <Page route={route} />
        </ErrorBoundary>
      </main>
    </div>
  );
}
