/** Metadata read from an HTML page's markup, each value with the markup it came from. */
export interface HtmlMeta {
  title?: { value: string; from: string };
  subtitle?: { value: string; from: string };
  published?: { value: string; from: string };
  modified?: { value: string; from: string };
  author?: { value: string; from: string };
  publisher?: { value: string; from: string };
  category?: { value: string; from: string };
  language?: { value: string; from: string };
  url?: { value: string; from: string };
  direction?: string;
  /** Problems found reading the markup (bad JSON-LD). */
  problems: string[];
}

/** The minimal DOM surface used here (linkedom's document). */
interface DomLike {
  querySelectorAll(sel: string): ArrayLike<ElementLike>;
  querySelector(sel: string): ElementLike | null;
  documentElement: ElementLike | null;
}
interface ElementLike {
  getAttribute(name: string): string | null;
  textContent: string | null;
}

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|BackgroundNewsArticle|WebPage|LiveBlogPosting)$/;

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (Array.isArray(v)) {
    const names = v.map(str).filter((x): x is string => x !== undefined);
    return names.length ? names.join('، ') : undefined;
  }
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return str(o['name']) ?? str(o['@value']) ?? str(o['headline']);
  }
  return undefined;
}

function typesOf(o: Record<string, unknown>): string[] {
  const t = o['@type'];
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : typeof t === 'string' ? [t] : [];
}

function collectObjects(v: unknown, out: Record<string, unknown>[], depth = 0): void {
  if (depth > 6 || v === null || typeof v !== 'object') return;
  if (Array.isArray(v)) {
    for (const x of v) collectObjects(x, out, depth + 1);
    return;
  }
  const o = v as Record<string, unknown>;
  out.push(o);
  if (o['@graph']) collectObjects(o['@graph'], out, depth + 1);
  if (o['mainEntity']) collectObjects(o['mainEntity'], out, depth + 1);
}

/**
 * Read a page's metadata: JSON-LD `NewsArticle`/`Article` (`headline`, `alternativeHeadline`,
 * `datePublished`, `dateModified`, `author`, `publisher`, `articleSection`, `inLanguage`, with
 * `@graph` and arrays), OpenGraph and `article:*` meta tags, named meta tags, `<time datetime>`,
 * `<html lang dir>`, the canonical link and `<title>`. Earlier sources win: JSON-LD, then
 * OpenGraph, then the rest.
 */
export function readHtmlMeta(doc: DomLike): HtmlMeta {
  const meta: HtmlMeta = { problems: [] };
  const put = (k: Exclude<keyof HtmlMeta, 'problems' | 'direction'>, value: string | undefined | null, from: string): void => {
    const v = value?.replace(/\s+/g, ' ').trim();
    if (v && meta[k] === undefined) meta[k] = { value: v, from };
  };

  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    const src = (scripts[i] as ElementLike).textContent ?? '';
    let data: unknown;
    try {
      data = JSON.parse(src);
    } catch {
      meta.problems.push(`JSON-LD block ${i + 1} is not valid JSON`);
      continue;
    }
    const objs: Record<string, unknown>[] = [];
    collectObjects(data, objs);
    const articles = objs.filter((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t)));
    // Prefer a NewsArticle over a WebPage.
    articles.sort((a, b) => Number(typesOf(a).includes('WebPage')) - Number(typesOf(b).includes('WebPage')));
    for (const a of articles) {
      put('title', str(a['headline']) ?? str(a['name']), 'jsonld:headline');
      put('subtitle', str(a['alternativeHeadline']) ?? str(a['description']), 'jsonld:alternativeHeadline');
      put('published', str(a['datePublished']), 'jsonld:datePublished');
      put('modified', str(a['dateModified']), 'jsonld:dateModified');
      put('author', str(a['author']) ?? str(a['creator']), 'jsonld:author');
      put('publisher', str(a['publisher']) ?? str(a['sourceOrganization']), 'jsonld:publisher');
      put('category', str(a['articleSection']), 'jsonld:articleSection');
      put('language', str(a['inLanguage']), 'jsonld:inLanguage');
      put('url', str(a['url']), 'jsonld:url');
    }
    const org = objs.find((o) => typesOf(o).some((t) => /^(?:NewsMediaOrganization|Organization|WebSite)$/.test(t)));
    if (org) put('publisher', str(org['name']), 'jsonld:publisher');
  }

  const metaTags = doc.querySelectorAll('meta');
  const byName = new Map<string, string>();
  for (let i = 0; i < metaTags.length; i++) {
    const m = metaTags[i] as ElementLike;
    const name = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').toLowerCase();
    const content = m.getAttribute('content');
    if (name && content && !byName.has(name)) byName.set(name, content);
  }
  const tag = (k: Exclude<keyof HtmlMeta, 'problems' | 'direction'>, names: string[]): void => {
    for (const n of names) put(k, byName.get(n), `meta:${n}`);
  };
  tag('title', ['og:title', 'twitter:title', 'title', 'headline']);
  tag('subtitle', ['og:description', 'description']);
  tag('published', ['article:published_time', 'og:article:published_time', 'datepublished', 'pubdate', 'publish-date', 'date', 'dc.date', 'dc.date.issued', 'sailthru.date']);
  tag('modified', ['article:modified_time', 'og:updated_time', 'datemodified', 'last-modified']);
  tag('author', ['article:author', 'author', 'dc.creator', 'byl', 'sailthru.author']);
  tag('publisher', ['og:site_name', 'application-name', 'publisher', 'dc.publisher', 'twitter:site']);
  tag('category', ['article:section', 'section', 'category']);
  tag('language', ['og:locale', 'content-language', 'language', 'dc.language']);
  tag('url', ['og:url']);

  const time = doc.querySelector('time[datetime]');
  if (time) put('published', time.getAttribute('datetime'), 'html:time[datetime]');
  const html = doc.documentElement;
  put('language', html?.getAttribute('lang') ?? html?.getAttribute('xml:lang'), 'html:lang');
  const dir = html?.getAttribute('dir');
  if (dir) meta.direction = dir.toLowerCase();
  const canonical = doc.querySelector('link[rel="canonical"]');
  put('url', canonical?.getAttribute('href'), 'html:canonical');
  const h1 = doc.querySelector('h1');
  put('title', h1?.textContent, 'html:h1');
  put('title', doc.querySelector('title')?.textContent, 'html:title');
  return meta;
}
