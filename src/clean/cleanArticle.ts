import type { ArticleMeta, MetaField, RawInput } from '../core/article.js';
import { message, type Message } from '../core/message.js';
import type { Span } from '../core/span.js';
import { agencyOnly, findAgency } from './agencies.js';
import { classifyLines, CONTENT_KINDS, looksLikeSite, unglueCategory, type LineLabel } from './boilerplate.js';
import { findDateline, parseAuthorField } from './dateline.js';
import { extractHtmlArticle, type HtmlArticle } from './htmlArticle.js';
import { htmlToText } from './htmlToText.js';
import { normalizeMatch } from '../arabic/normalize.js';
import { lineKey } from './lineKey.js';
import { splitLines, type SourceLine } from './lines.js';
import { OffsetMap, type OffsetSegment } from './offsetMap.js';
import type { Prepared } from './prepare.js';
import { parseMachineDate } from './parseMachineDate.js';
import type { DateStamp } from './pubDate.js';
import type { TemplateModel } from './templateModel.js';

/** Context for {@link cleanArticle}. */
export interface CleanContext {
  /** Learnt site templates (read only here; the caller observes {@link Cleaned.template}). */
  readonly templates?: TemplateModel;
  /**
   * Reference time (ISO) for relative stamps (`منذ ساعتين`) when the input carries no fetch time
   * of its own — pass the capture time of a live input; omit it for archived inputs.
   */
  readonly now?: string;
}

/** A removed stretch of the decoded input and why. */
export interface Removal {
  readonly start: number;
  readonly end: number;
  /** The line kind and detail, e.g. `chrome:comment-form`, `title-repeat`, `site-name`, `date`. */
  readonly reason: string;
}

/** The result of {@link cleanArticle}: a {@link Prepared} article plus the cleaning record. */
export interface Cleaned extends Prepared {
  /** Removed stretches of `raw.decoded` (for text input; for HTML, of the extracted page text). */
  readonly removed: Removal[];
  /** Clean-text offsets → `raw.decoded` offsets. */
  readonly offsets: OffsetMap;
  /** Spans of the body paragraphs in the clean text. */
  readonly paragraphs: Span[];
  /** What to feed the template learner: `templates.observe(template.key, template.lines)`. */
  readonly template: { readonly key: string; readonly lines: string[] };
}

function field<T>(value: T, from: string, confidence: number, span?: Span): MetaField<T> {
  return span ? { value, from, span, confidence } : { value, from, confidence };
}

function host(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:www\.)?([^/:?#]+)/i.exec(url.trim());
  return m?.[1]?.toLowerCase();
}

/** The template-learning key of a publisher name or host (normalised; `*` when unknown). */
export function publisherKeyOf(name: string | undefined): string {
  const k = name ? normalizeMatch(name).replace(/[^\p{L}\p{N}]+/gu, ' ').trim().toLowerCase() : '';
  return k === '' ? '*' : k;
}

const LATIN_STOP: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'with', 'was'],
  fr: ['le', 'la', 'les', 'des', 'et', 'est', 'une', 'dans', 'du', 'pour'],
  es: ['el', 'los', 'las', 'y', 'que', 'del', 'por', 'una', 'con', 'para'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'von', 'zu'],
};

function guessLatinLanguage(text: string): string {
  const words = text.toLowerCase().match(/[a-zà-ÿ]+/g) ?? [];
  let best = 'und';
  let bestHits = 2;
  for (const [lang, stops] of Object.entries(LATIN_STOP)) {
    const s = new Set(stops);
    const hits = words.filter((w) => s.has(w)).length;
    if (hits > bestHits) {
      best = lang;
      bestHits = hits;
    }
  }
  return best;
}

/** Normalise a language tag (`ar_AR` → `ar`, `en-US` → `en`). */
function langTag(v: string): string {
  return (v.split(/[-_]/)[0] ?? v).toLowerCase();
}

const INLINE_TAIL = /\s+(?:رابط (?:الخبر|المقال|الموضوع) (?:بصحيفة|في صحيفة|على موقع)|اقرأ (?:أيضا|أيضاً|ايضا)\s*[:：]|تابعونا على|للمزيد من الأخبار تابعونا)[\s\S]*$/u;
const STORY_LINK_SITE = /رابط (?:الخبر|المقال|الموضوع) (?:بصحيفة|في صحيفة|على موقع)\s+([^:：\n]{2,40})\s*[:：]/u;

const CONTRIBUTOR_NAME =
  /(?:ساهم|ساهمت|شارك|شاركت|أسهم|أسهمت|اسهم)\s+(?:(?:ال)?(?:صحفي|صحفية|صحافي|صحافية|كاتب|كاتبة|مراسل|مراسلة|محرر|محررة|زميل|زميلة)\s+)?(?:في\s+[^،,]{2,40}[،,]\s*)?([^،,]{3,40}?)\s*[،,]?\s*(?:في|فى)\s+(?:إعداد|اعداد|كتابة|تغطية)/u;

interface Piece {
  /** Offsets in the text the lines were split from. */
  start: number;
  end: number;
  bullet: boolean;
  block: number;
}

/**
 * Clean one raw input: body paragraphs with no site chrome, and the article's metadata with
 * provenance. Text, JSON and feed records go through the line classifier ({@link classifyLines});
 * HTML pages through readability first ({@link extractHtmlArticle}), then the same classifier.
 * Container fields (JSON `title`, `source`, `date`, `date_extracted`, feed elements) are used as
 * metadata and to guide the classifier. Never throws for bad data: problems become messages
 * (`EMPTY_TEXT`, `BOILERPLATE_ONLY`, `TITLE_ONLY`, `LANG_NOT_ARABIC`, `DATE_MISSING`,
 * `DATE_AMBIGUOUS`, `DATE_UNPARSED`, `HTML_*`).
 */
export function cleanArticle(raw: RawInput, ctx: CleanContext = {}): Cleaned {
  const messages: Message[] = [];
  const where = `${raw.source}${raw.member ? `#${raw.member}` : ''}`;
  const say = (code: string, severity: 'error' | 'warning' | 'info', text: string, fieldName?: string): void => {
    messages.push(message(code, severity, `${where}: ${text}`, { source: raw.source, stage: 'clean', field: fieldName }));
  };
  const f = raw.fields;
  const src = raw.kind === 'json' ? 'json' : raw.kind === 'feed' ? 'feed' : raw.kind;
  const meta: ArticleMeta = {};

  // --- the text to classify, and how its offsets relate to raw.decoded -------------------
  const decoded = raw.decoded.replace(/^\ufeff/, '');
  const bomShift = raw.decoded.length - decoded.length;
  const looksHtml = raw.kind === 'html' || (raw.kind === 'feed' && /<[a-z!/][^>]*>/i.test(decoded));
  let html: HtmlArticle | undefined;
  let text = decoded;
  if (looksHtml && raw.kind === 'feed') {
    // A feed item's description is an HTML fragment, not a page: strip tags, no readability.
    text = htmlToText(decoded);
  } else if (looksHtml) {
    html = extractHtmlArticle(decoded);
    text = html.text;
    for (const p of html.problems) say(p.code, p.code === 'HTML_BAD_JSONLD' || p.code === 'HTML_NO_MARKUP' ? 'info' : 'warning', p.text);
  }
  const verbatim = !looksHtml;

  // --- container metadata -------------------------------------------------------------------
  const hm = html?.meta;
  if (f.title?.trim()) meta.title = field(f.title.trim(), `${src}:title`, 0.9);
  else if (hm?.title) {
    // "<title>Headline | Site</title>": drop the site part.
    let t = hm.title.value;
    if (hm.title.from === 'html:title') {
      const parts = t.split(/\s+[|｜–—-]\s+/u);
      if (parts.length > 1) t = [...parts].sort((a, b) => b.length - a.length)[0] ?? t;
    }
    meta.title = field(t, hm.title.from, hm.title.from.startsWith('html:') ? 0.6 : 0.85);
  }
  if (hm?.subtitle && hm.subtitle.value !== meta.title?.value) meta.subtitle = field(hm.subtitle.value, hm.subtitle.from, 0.6);
  const url = f.url?.trim() || hm?.url?.value;
  if (url) meta.url = field(url, f.url?.trim() ? `${src}:url` : (hm?.url?.from ?? 'html'), 0.95);
  if (f.publisher?.trim()) meta.publisher = field(f.publisher.trim(), `${src}:publisher`, 0.9);
  else if (hm?.publisher) meta.publisher = field(hm.publisher.value, hm.publisher.from, 0.85);
  if (f.category?.trim()) meta.category = field(f.category.trim(), `${src}:category`, 0.8);
  else if (hm?.category) meta.category = field(hm.category.value, hm.category.from, 0.8);
  if (f.language?.trim()) meta.language = field(langTag(f.language.trim()), `${src}:language`, 0.8);
  else if (hm?.language) meta.language = field(langTag(hm.language.value), hm.language.from, 0.85);
  if (f.dateExtracted?.trim()) {
    const iso = parseMachineDate(f.dateExtracted);
    if (iso) meta.fetched = field(iso, `${src}:date_extracted`, 0.9);
  }
  let authorParts: ReturnType<typeof parseAuthorField> = {};
  if (f.author?.trim()) {
    authorParts = parseAuthorField(f.author, f.publisher);
    if (authorParts.author) meta.author = field(authorParts.author, `${src}:author`, 0.75);
  } else if (hm?.author && !/^https?:/i.test(hm.author.value)) {
    meta.author = field(hm.author.value, hm.author.from, 0.8);
  }
  const publishedCandidates: { value: string; from: string; confidence: number; span?: Span }[] = [];
  if (f.date?.trim()) {
    const iso = parseMachineDate(f.date);
    if (iso) publishedCandidates.push({ value: iso, from: `${src}:date`, confidence: 0.9 });
    else say('DATE_UNPARSED', 'warning', `date field "${f.date}" is not in a recognised format`, 'date');
  }
  if (hm?.published) {
    const iso = parseMachineDate(hm.published.value);
    if (iso) publishedCandidates.push({ value: iso, from: hm.published.from, confidence: 0.9 });
    else say('DATE_UNPARSED', 'warning', `${hm.published.from} "${hm.published.value}" is not in a recognised format`, 'published');
  }
  if (hm?.modified) {
    const iso = parseMachineDate(hm.modified.value);
    if (iso) meta.modified = field(iso, hm.modified.from, 0.9);
  }
  const reference = meta.fetched?.value ?? ctx.now;

  // --- classify lines -------------------------------------------------------------------
  const lines = splitLines(text);
  const knownPublisher = f.publisher?.trim() || hm?.publisher?.value;
  let publisherKey = publisherKeyOf(knownPublisher ?? host(url) ?? host(raw.source));
  const classifyCtx = (key: string): Parameters<typeof classifyLines>[1] => ({
    ...(meta.title ? { title: meta.title.value } : {}),
    ...(knownPublisher ? { publisher: knownPublisher } : {}),
    ...(ctx.templates ? { templates: ctx.templates, publisherKey: key } : {}),
    ...(reference !== undefined ? { reference } : {}),
  });
  let cls = classifyLines(lines, classifyCtx(publisherKey));
  if (publisherKey === '*') {
    const site = cls.labels.find((l) => l.kind === 'site-name')?.value;
    if (site !== undefined) {
      publisherKey = publisherKeyOf(site);
      if (ctx.templates && ctx.templates.docs(publisherKey) > 0) cls = classifyLines(lines, classifyCtx(publisherKey));
    }
  }
  const labels = cls.labels;

  // Agency credit lines ("واس" alone at the end) are metadata, not body.
  let creditAgency: { name: string; line: SourceLine } | undefined;
  for (const l of labels) {
    if (!CONTENT_KINDS.has(l.kind) || l.line.text.length > 20) continue;
    const a = agencyOnly(l.line.text);
    if (a !== undefined) {
      l.kind = 'byline';
      l.reason = 'agency-credit';
      creditAgency ??= { name: a, line: l.line };
    }
  }

  // --- build the clean text ------------------------------------------------------------------
  const toRaw = (s: number, e: number): { rawStart: number; rawEnd: number } | undefined =>
    verbatim ? { rawStart: s + bomShift, rawEnd: e + bomShift } : locateInHtml(decoded, text.slice(s, e));
  const pieces: Piece[] = [];
  const removed: Removal[] = [];
  for (const l of labels) {
    const { line } = l;
    if (CONTENT_KINDS.has(l.kind)) {
      const start = line.start + l.keepFrom;
      if (l.keepFrom > 0) removed.push({ start: line.start, end: start, reason: 'markup' });
      pieces.push({ start, end: line.end, bullet: l.kind === 'bullet', block: line.block });
    } else {
      removed.push({ start: line.start, end: line.end, reason: l.reason === l.kind ? l.kind : `${l.kind}:${l.reason}` });
    }
  }
  // Trailing chrome glued onto the last paragraph ("… رابط الخبر بصحيفة …").
  let storySite: string | undefined;
  const lastPiece = pieces[pieces.length - 1];
  if (lastPiece) {
    const t = text.slice(lastPiece.start, lastPiece.end);
    const m = INLINE_TAIL.exec(t);
    if (m && m.index > 0) {
      storySite = STORY_LINK_SITE.exec(m[0])?.[1]?.trim();
      removed.push({ start: lastPiece.start + m.index, end: lastPiece.end, reason: 'chrome:inline-tail' });
      lastPiece.end = lastPiece.start + m.index;
    }
  }
  for (const l of labels) {
    if (l.reason === 'story-link') storySite ??= STORY_LINK_SITE.exec(l.line.text)?.[1]?.trim();
  }
  let clean = '';
  const segments: OffsetSegment[] = [];
  const paragraphs: Span[] = [];
  let prev: Piece | undefined;
  for (const p of pieces) {
    if (p.end <= p.start) continue;
    if (prev) clean += prev.bullet && p.bullet && prev.block === p.block ? '\n' : '\n\n';
    const cs = clean.length;
    clean += text.slice(p.start, p.end);
    paragraphs.push({ start: cs, end: clean.length });
    const r = toRaw(p.start, p.end);
    if (r) segments.push({ cleanStart: cs, cleanEnd: clean.length, ...r });
    prev = p;
  }
  const rawSpanOf = (s: number, e: number): Span | undefined => {
    const r = toRaw(s, e);
    return r ? { start: r.rawStart, end: r.rawEnd } : undefined;
  };
  const fromText = verbatim ? 'text' : 'html-text';

  // --- metadata from the text ---------------------------------------------------------------
  if (!meta.title && cls.titleIndex !== undefined) {
    const l = labels[cls.titleIndex] as LineLabel;
    const s = l.line.start + l.keepFrom;
    meta.title = field(text.slice(s, l.line.end), `${fromText}:title-line`, 0.7, rawSpanOf(s, l.line.end));
  }
  if (!meta.subtitle && meta.title) {
    // A short headline-like paragraph right after the title and before the first long paragraph.
    const ti = cls.titleIndex ?? -1;
    const next = labels.find((l, i) => i > ti && CONTENT_KINDS.has(l.kind));
    if (next && next.kind !== 'bullet') {
      const t = next.line.text.slice(next.keepFrom);
      const after = labels[labels.indexOf(next) + 1];
      if (t.length >= 15 && t.length <= 220 && !/[.。!؟?]$/u.test(t) && !findDateline(t) && !/\d{4}/.test(t) && after && CONTENT_KINDS.has(after.kind) && after.line.text.length > t.length) {
        const s = next.line.start + next.keepFrom;
        meta.subtitle = field(t, `${fromText}:subtitle-line`, 0.4, rawSpanOf(s, next.line.end));
      }
    }
  }
  if (!meta.publisher) {
    // Prefer a site line whose name recurs (doubled, or as a "site | tagline" header), else the first.
    const sites = labels.filter((l) => l.kind === 'site-name' && l.value !== undefined);
    const recurring = sites.find((l) => sites.some((o) => o !== l && lineKey(o.value ?? '') === lineKey(l.value ?? '')));
    const site = recurring ?? sites[0];
    const by = labels.find((l) => l.kind === 'byline' && l.value !== undefined && looksLikeSite(l.value));
    if (site?.value) meta.publisher = field(site.value, `${fromText}:site-line`, 0.7, rawSpanOf(site.line.start, site.line.end));
    else if (by?.value) meta.publisher = field(by.value, `${fromText}:by-line`, 0.6, rawSpanOf(by.line.start, by.line.end));
    else if (storySite) meta.publisher = field(storySite, `${fromText}:story-link`, 0.6);
    else if (authorParts.site) meta.publisher = field(authorParts.site, `${src}:author`, 0.5);
  }
  if (!meta.author) {
    const by = labels.find((l) => l.kind === 'byline' && l.value !== undefined && !looksLikeSite(l.value));
    const contributor = labels.find((l) => l.kind === 'contributor');
    if (by?.value) meta.author = field(by.value, `${fromText}:byline`, 0.7, rawSpanOf(by.line.start, by.line.end));
    else if (contributor) {
      const t = contributor.line.text;
      const m = CONTRIBUTOR_NAME.exec(t);
      const s = contributor.line.start + (m?.[1] !== undefined ? m.index + m[0].indexOf(m[1]) : 0);
      const value = m?.[1] ?? t;
      meta.author = field(value, `${fromText}:contributor-line`, 0.4, rawSpanOf(s, s + value.length));
    }
  }
  if (!meta.category && clean !== '') {
    const cat = labels.find((l) => l.kind === 'category');
    const firstContent = labels.findIndex((l) => CONTENT_KINDS.has(l.kind));
    const crumb = labels.find((l, i) => l.kind === 'breadcrumb' && l.value !== undefined && i < firstContent);
    if (cat?.value) meta.category = field(unglueCategory(cat.value), `${fromText}:category-label`, 0.7, rawSpanOf(cat.line.start, cat.line.end));
    else if (crumb?.value) {
      const s = crumb.line.start + crumb.line.text.lastIndexOf(crumb.value);
      meta.category = field(crumb.value, `${fromText}:breadcrumb`, 0.5, rawSpanOf(s, s + crumb.value.length));
    }
  }
  // Dateline and agency: the first two body paragraphs.
  const bodyLabels = labels.filter((l) => l.kind === 'body');
  const datelineCandidates = labels.filter((l) => l.kind === 'body' || l.reason === 'template-dateline').slice(0, 2);
  for (const l of datelineCandidates) {
    const d = findDateline(l.line.text);
    if (!d) continue;
    const base = l.line.start;
    meta.dateline = field(d.place, `${fromText}:dateline`, d.confidence, rawSpanOf(base + d.placeStart, base + d.placeEnd));
    if (d.agency !== undefined && d.agencyStart !== undefined && d.agencyEnd !== undefined) {
      meta.agency = field(d.agency, `${fromText}:dateline`, d.confidence, rawSpanOf(base + d.agencyStart, base + d.agencyEnd));
    }
    if (d.date !== undefined) publishedCandidates.push({ value: d.date, from: `${fromText}:dateline`, confidence: 0.8 });
    break;
  }
  if (!meta.dateline && authorParts.place) meta.dateline = field(authorParts.place, `${src}:author`, 0.6);
  if (!meta.agency && authorParts.agency) meta.agency = field(authorParts.agency, `${src}:author`, 0.7);
  if (!meta.agency && creditAgency) {
    meta.agency = field(creditAgency.name, `${fromText}:agency-credit`, 0.7, rawSpanOf(creditAgency.line.start, creditAgency.line.end));
  }
  if (!meta.agency && bodyLabels[0]) {
    // "(رويترز)" / "(أ ف ب)" in brackets early in the first paragraph.
    const first = bodyLabels[0].line;
    const m = /[(（]\s*([^()（）]{2,25})\s*[)）]/u.exec(first.text.slice(0, 200));
    const a = m?.[1] ? findAgency(m[1]) : undefined;
    if (m && a && a.name !== 'agencies') {
      const s = first.start + m.index;
      meta.agency = field(a.name, `${fromText}:agency-bracket`, 0.6, rawSpanOf(s, s + m[0].length));
    }
  }
  // Language.
  if (!meta.language) {
    if (cls.arabicShare >= 0.5) meta.language = field('ar', `${fromText}:script`, 0.9);
    else if (clean.trim() !== '' || text.trim() !== '') {
      meta.language = field(guessLatinLanguage(text), `${fromText}:script`, 0.5);
    }
  }
  if (meta.language && meta.language.value !== 'ar') {
    say('LANG_NOT_ARABIC', 'info', `the article is not in Arabic (${meta.language.value}); kept as is, Arabic analysis will be limited`, 'language');
  }

  // Publication date.
  const stamps = labels.filter((l): l is LineLabel & { stamp: DateStamp } => (l.kind === 'date' || l.kind === 'byline') && l.stamp !== undefined);
  let unresolvedRelative = false;
  for (const l of stamps) {
    const st = l.stamp;
    if (st.kind === 'relative' && st.value === '') {
      unresolvedRelative = true;
      continue;
    }
    const span = rawSpanOf(l.line.start + st.start, l.line.start + st.end);
    if (st.role === 'modified') {
      meta.modified ??= field(st.value, `${fromText}:update-line`, st.confidence, span);
      continue;
    }
    publishedCandidates.push({
      value: st.value,
      from: st.kind === 'relative' ? `${fromText}:relative-stamp` : `${fromText}:date-line`,
      confidence: st.role === 'published' ? st.confidence : st.confidence * 0.95,
      ...(span ? { span } : {}),
    });
  }
  const machine = publishedCandidates.filter((c) => c.from.startsWith(`${src}:`) || c.from.startsWith('jsonld') || c.from.startsWith('meta') || c.from.startsWith('html:'));
  const chosenPool = machine.length > 0 ? machine : publishedCandidates;
  const days = new Set(chosenPool.map((c) => c.value.slice(0, 10)));
  if (chosenPool.length > 0 && days.size === 1) {
    const best = [...chosenPool].sort((a, b) => b.value.length - a.value.length || b.confidence - a.confidence)[0];
    if (best) meta.published = field(best.value, best.from, best.confidence, best.span);
  } else if (days.size > 1) {
    say('DATE_AMBIGUOUS', 'warning', `the publication date is ambiguous: ${[...days].join(', ')} (left empty)`, 'published');
  } else if (unresolvedRelative) {
    say('DATE_AMBIGUOUS', 'warning', 'only a relative date stamp and no fetch time to resolve it against (left empty)', 'published');
  } else {
    say('DATE_MISSING', 'info', 'no publication date in the input (left empty)', 'published');
  }

  // --- messages about the body -------------------------------------------------------------------
  if (text.trim() === '') say('EMPTY_TEXT', 'warning', 'no text content');
  else if (clean === '') {
    if (labels.some((l) => l.kind === 'title')) say('TITLE_ONLY', 'warning', 'the input holds a title but no body paragraphs');
    else say('BOILERPLATE_ONLY', 'warning', `all ${labels.length} lines of the input are site chrome; the body is empty`);
  }

  return {
    text: clean,
    meta,
    messages,
    removed: verbatim ? removed.map((r) => ({ start: r.start + bomShift, end: r.end + bomShift, reason: r.reason })) : removed,
    offsets: new OffsetMap(segments),
    paragraphs,
    template: { key: publisherKey, lines: lines.map((l) => l.text) },
  };
}

/** Where a paragraph of extracted HTML text sits in the page source (by its first and last characters). */
function locateInHtml(html: string, para: string): { rawStart: number; rawEnd: number } | undefined {
  const probe = para.slice(0, 24);
  const s = html.indexOf(probe);
  if (s < 0) return undefined;
  const tail = para.slice(-24);
  const e = html.indexOf(tail, s);
  return e < 0 ? { rawStart: s, rawEnd: s + probe.length } : { rawStart: s, rawEnd: e + tail.length };
}
