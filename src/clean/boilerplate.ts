import type { SourceLine } from './lines.js';
import { keySimilarity, keyWords, lineKey } from './lineKey.js';
import type { TemplateModel } from './templateModel.js';
import {
  CATEGORY_HEADS,
  CATEGORY_KEYS,
  CHROME_LINE_KEYS,
  CHROME_PATTERNS,
  SITE_WORD_KEYS,
  UI_WORD_KEYS,
} from './vocabulary.js';
import { dateStampOfLine, relativeStampOfLine, type DateStamp } from './pubDate.js';
import { findDateline } from './dateline.js';

/** How a line was classified. Content kinds are kept in the clean text; the others are removed. */
export type LineKind =
  | 'body'
  | 'heading'
  | 'bullet'
  | 'title'
  | 'title-repeat'
  | 'site-name'
  | 'category'
  | 'date'
  | 'byline'
  | 'contributor'
  | 'chrome'
  | 'latin'
  | 'separator'
  | 'template'
  | 'breadcrumb';

/** Kinds that stay in the clean text. */
export const CONTENT_KINDS: ReadonlySet<LineKind> = new Set(['body', 'heading', 'bullet']);

/** The classification of one line. */
export interface LineLabel {
  readonly line: SourceLine;
  kind: LineKind;
  /** Why (a vocabulary reason such as `comment-form`, or the kind again). */
  reason: string;
  /** For headings and bullets: offset inside the line where the kept text starts (after `### ` or `• `). */
  keepFrom: number;
  /** Date stamp found on the line. */
  stamp?: DateStamp;
  /** Byline/site name/category value found on the line. */
  value?: string;
}

/** Context for {@link classifyLines}. */
export interface ClassifyContext {
  /** Title known from the container (JSON/feed/HTML). */
  readonly title?: string;
  /** Publisher name known from the container. */
  readonly publisher?: string;
  readonly templates?: TemplateModel;
  readonly publisherKey?: string;
  /** Reference time for relative stamps (ISO). */
  readonly reference?: string;
}

/** The result of {@link classifyLines}. */
export interface Classification {
  readonly labels: LineLabel[];
  /** Index (into labels) of the line chosen as title, when the title came from the text. */
  readonly titleIndex: number | undefined;
  /** Share of letters that are Arabic (0..1). */
  readonly arabicShare: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SENTENCE_END = /[.!?؟…»"”:]$/u;
const BULLET = /^(?:[•·▪◦●○■□►▶➤✓✔\-–—*]|\d{1,2}[.)]|[\u0660-\u0669]{1,2}[.)])\s+/u;
const MD_HEADING = /^#{1,6}\s+/;
const BYLINE = /^(?:by|بقلم|كتب|كتبت|بواسطة|إعداد|اعداد|تقرير|المحرر|written by|reporting by)\s*[:：\-–—]?\s*(.{2,60})$/iu;
const CONTRIBUTOR = /(?:ساهم|ساهمت|شارك|شاركت|أسهم|أسهمت|اسهم)\s.{0,120}في\s+(?:إعداد|اعداد|كتابة|تغطية)\s+(?:هذا\s+)?(?:التقرير|الخبر|المقال|القصة)|contributed (?:to )?this report/iu;
const BREADCRUMB = /^[^.!?؟]{0,120}(?:\s[»›>/|]\s[^.!?؟]{1,40}){2,}$|^(?:الرئيسية|الصفحة الرئيسية|home)\s*[»›>/|]\s*[^.!?؟]{1,60}$/iu;
const HARAKAT = /[\u064b-\u0652\u0670\u0640]/g;
/** Chrome lines that introduce a list of links to other stories. */
const LIST_INTRO = /^(?:ui-vocabulary|read-also)$/;
const PIPE_HEADER = /^([^|.!?؟]{2,40}?)\s+[|｜]\s+[^|.!?؟]{2,60}$/u;

/** True when the key is a section label (`اخبار سياسية`, glued `الاخبارالاقتصادية`, `رياضة`). */
export function isCategoryKey(key: string): boolean {
  if (CATEGORY_KEYS.has(key)) return true;
  const words = keyWords(key);
  if (words.length === 0 || words.length > 3) return false;
  const first = words[0] as string;
  for (const head of CATEGORY_HEADS) {
    if (first === head && words.length <= 3) return true;
    if (first.startsWith(head) && first.length > head.length + 2 && words.length <= 2) return true;
  }
  return false;
}

/** Re-insert the space in a glued section label (`الأخبارالاقتصادية` → `الأخبار الاقتصادية`). */
export function unglueCategory(label: string): string {
  return label.replace(/^((?:ال)?[أا]خبار)(ال\S)/u, '$1 $2');
}

function isSiteLike(text: string): boolean {
  const words = keyWords(lineKey(text));
  return words.some((w) => SITE_WORD_KEYS.has(w)) || /\.(?:com|net|org|sa|eg|ae|info|news)\b/i.test(text);
}

/** True when a short name looks like a site/publication name rather than a person. */
export function looksLikeSite(name: string): boolean {
  return isSiteLike(name);
}

/**
 * Classify each line of a text article as content (body, heading, bullet) or as one of the
 * kinds of chrome, using features of the line (length, punctuation, UI and link vocabulary,
 * date stamps, bylines, Latin-only lines in an Arabic article), its position (before the first
 * or after the last real paragraph), repetition (of the title, of short site lines within the
 * document) and the learnt site templates. Real content — quotes, short paragraphs, bullets
 * and subheadings inside the body — is kept.
 */
export function classifyLines(lines: readonly SourceLine[], ctx: ClassifyContext = {}): Classification {
  let ar = 0;
  let la = 0;
  for (const l of lines) {
    ar += l.arabic;
    la += l.latin;
  }
  const arabicShare = ar + la === 0 ? 0 : ar / (ar + la);
  const arabicDoc = arabicShare >= 0.5;
  const n = lines.length;

  const labels: LineLabel[] = lines.map((line) => ({ line, kind: 'body', reason: 'body', keepFrom: 0 }));
  const set = (l: LineLabel, kind: LineKind, reason: string = kind): void => {
    l.kind = kind;
    l.reason = reason;
  };

  // Occurrences of each key, for in-document repetition.
  const occurrences = new Map<string, number>();
  for (const l of lines) occurrences.set(l.key, (occurrences.get(l.key) ?? 0) + 1);

  // 1. Line-level rules.
  for (const lab of labels) {
    const { text, key } = lab.line;
    if (!LETTER_OR_DIGIT.test(text)) {
      set(lab, 'separator');
      continue;
    }
    if (CHROME_LINE_KEYS.has(key)) {
      set(lab, 'chrome', 'ui-vocabulary');
      continue;
    }
    const plain = text.length < 400 ? text.replace(HARAKAT, '') : '';
    const pat = text.length < 400 ? CHROME_PATTERNS.find((p) => p.re.test(plain)) : undefined;
    if (pat) {
      set(lab, 'chrome', pat.reason);
      continue;
    }
    if (lab.line.words <= 8 && key !== '' && keyWords(key).every((w) => UI_WORD_KEYS.has(w))) {
      set(lab, 'chrome', 'ui-words');
      continue;
    }
    if (text.length <= 200 && /(?:ساهم|شارك|أسهم|اسهم|contributed)/u.test(text) && CONTRIBUTOR.test(text)) {
      set(lab, 'contributor');
      continue;
    }
    const by = BYLINE.exec(text);
    const byName = by?.[1]?.split(/\s+[·•|،,—–-]\s+|\s*[·•|]\s*/u)[0]?.trim();
    if (byName && keyWords(lineKey(byName)).length <= 6 && !SENTENCE_END.test(byName)) {
      set(lab, 'byline');
      lab.value = byName;
      // "كتب: فلان · 13 مارس 2025 - 11:40 م": the date after the name is a stamp too.
      const rest = by?.[1]?.slice(by[1].indexOf(byName) + byName.length) ?? '';
      const tail = rest.replace(/^[\s·•|،,—–-]+/u, '');
      const stamp = tail ? dateStampOfLine(tail) : undefined;
      if (stamp) {
        const offset = text.length - tail.length;
        lab.stamp = { ...stamp, start: offset + stamp.start, end: offset + stamp.end };
      }
      continue;
    }
    if (text.length <= 40 && isCategoryKey(key)) {
      set(lab, 'category');
      lab.value = text.replace(/[:：|»›]+$/u, '').trim();
      continue;
    }
    const stamp = dateStampOfLine(text) ?? relativeStampOfLine(text, ctx.reference);
    if (stamp) {
      set(lab, 'date');
      lab.stamp = stamp;
      continue;
    }
    if (text.length < 160 && /[»›>/|]/u.test(text) && BREADCRUMB.test(text)) {
      set(lab, 'breadcrumb');
      const last = text.split(/\s*[»›>/|]\s*/u).pop()?.trim();
      if (last && keyWords(lineKey(last)).length <= 3) lab.value = last;
      continue;
    }
    if (ctx.templates && ctx.publisherKey !== undefined) {
      const edge = lab.line.index >= n - 2;
      if (ctx.templates.isTemplate(ctx.publisherKey, text, edge)) {
        // A recurring dateline line ("الرياض … واس") is template, but still read for metadata.
        set(lab, 'template', findDateline(text) ? 'template-dateline' : 'template');
        continue;
      }
    }
    if (MD_HEADING.test(text)) {
      set(lab, 'heading');
      lab.keepFrom = (MD_HEADING.exec(text)?.[0] ?? '').length;
      continue;
    }
    if (BULLET.test(text)) {
      set(lab, 'bullet');
      continue;
    }
    if (arabicDoc && lab.line.arabic === 0 && lab.line.latin > 0) {
      set(lab, 'latin', 'latin-in-arabic');
      continue;
    }
  }

  // 2. Content anchors: long, sentence-like lines not already chrome.
  const isAnchor = (l: LineLabel): boolean =>
    (l.kind === 'body' || l.kind === 'bullet') && l.line.text.length >= 100 && l.line.words >= 12;
  let first = labels.findIndex(isAnchor);
  let last = labels.length - 1 - [...labels].reverse().findIndex(isAnchor);
  if (first < 0) {
    // No long paragraph: every remaining line is a candidate (short article).
    first = labels.findIndex((l) => l.kind === 'body' || l.kind === 'bullet' || l.kind === 'heading');
    last = first < 0 ? -1 : labels.length - 1;
  }

  // 3a. Masthead lines before the body: short, unpunctuated lines at the top (before the first
  // line of five or more words), "site | tagline" lines, lines equal to the known publisher,
  // lines doubled on consecutive lines, and lines made of site words (`… نيوز`, `بوابة …`).
  const pubKey = ctx.publisher ? lineKey(ctx.publisher) : undefined;
  const isShortPlain = (l: LineLabel): boolean => l.line.text.length <= 50 && l.line.words <= 6 && !SENTENCE_END.test(l.line.text);
  const firstLong = labels.findIndex((l) => l.line.words >= 5 && !PIPE_HEADER.test(l.line.text) && (l.kind === 'body' || l.kind === 'heading'));
  for (let i = 0; i < labels.length && (first < 0 || i < first); i++) {
    const l = labels[i] as LineLabel;
    if (l.kind !== 'body') continue;
    const pipe = PIPE_HEADER.exec(l.line.text);
    if (pipe?.[1] && l.line.words <= 10) {
      set(l, 'site-name', 'site-header');
      l.value = pipe[1].trim();
      continue;
    }
    if (!isShortPlain(l)) continue;
    const k = l.line.key;
    const doubled = labels[i + 1]?.line.key === k || labels[i - 1]?.line.key === k;
    // A short top line is a masthead only when a headline candidate follows it before the body;
    // the only line above a sentence-like first paragraph is the headline itself.
    const laterTitle = (): boolean => {
      const end = firstLong < 0 ? labels.length - 1 : firstLong;
      for (let j = i + 1; j <= end; j++) {
        const c = labels[j] as LineLabel;
        if (!(c.kind === 'body' || c.kind === 'heading') || c.line.words < 3) continue;
        const sentenceLike = c.line.text.length > 80 && /[.!?؟]$/u.test(c.line.text);
        if (j === firstLong && sentenceLike) continue;
        return true;
      }
      return false;
    };
    const masthead = (firstLong < 0 || i < firstLong) && l.line.words <= 4 && (l.line.words < 3 || laterTitle());
    if ((pubKey !== undefined && k === pubKey) || doubled || masthead || (l.line.words <= 4 && isSiteLike(l.line.text))) {
      set(l, 'site-name', masthead && !doubled ? 'masthead' : 'site-name');
      l.value = l.line.text;
    }
  }

  // 3b. Title.
  let titleKey: string | undefined = ctx.title ? lineKey(ctx.title) : undefined;
  let titleIndex: number | undefined;
  if (titleKey === undefined || titleKey === '') {
    titleKey = undefined;
    const limit = first < 0 ? labels.length : Math.max(first, 1);
    for (let i = 0; i < labels.length && i <= limit; i++) {
      const l = labels[i] as LineLabel;
      const len = l.line.text.length - l.keepFrom;
      if ((l.kind === 'body' || l.kind === 'heading') && len >= 8 && len <= 250 && l.line.words >= 3) {
        // A long first anchor ending like a sentence is a paragraph, not a headline.
        if (i === first && len > 80 && /[.!?؟。]$/u.test(l.line.text)) break;
        titleIndex = i;
        titleKey = lineKey(l.line.text.slice(l.keepFrom));
        set(l, 'title');
        break;
      }
    }
  }
  if (titleKey !== undefined) {
    for (let i = 0; i < labels.length; i++) {
      const l = labels[i] as LineLabel;
      if (i === titleIndex || !(l.kind === 'body' || l.kind === 'heading') || l.line.key === '') continue;
      if (Math.abs(l.line.text.length - l.keepFrom - titleKey.length) > 0.3 * titleKey.length + 10) continue;
      const k = l.keepFrom > 0 ? lineKey(l.line.text.slice(l.keepFrom)) : l.line.key;
      if (k === titleKey || (k.length > 20 && keySimilarity(k, titleKey) >= 0.9 && Math.abs(k.length - titleKey.length) < 0.2 * titleKey.length)) {
        set(l, 'title-repeat');
      }
    }
  }

  // 4. Site-name lines elsewhere: short, unpunctuated lines outside the body that repeat in the
  // document or equal the known publisher.
  const titleAt = titleIndex ?? first;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i] as LineLabel;
    if (l.kind !== 'body' || !isShortPlain(l)) continue;
    const { text, key } = l.line;
    const outside = i < titleAt || i > last;
    if ((pubKey !== undefined && key === pubKey) || (outside && (occurrences.get(key) ?? 0) >= 2)) {
      set(l, 'site-name');
      l.value = text;
    }
  }

  // 5. Latin-only lines inside an Arabic article's body survive when they read like prose.
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i] as LineLabel;
    if (l.kind === 'latin' && i > first && i < last && l.line.text.length >= 80 && SENTENCE_END.test(l.line.text)) {
      set(l, 'body');
    }
  }

  // 6. Lists of links after a "related / read also / latest" line are chrome.
  for (let i = 1; i < labels.length; i++) {
    const l = labels[i] as LineLabel;
    const prev = labels[i - 1] as LineLabel;
    const intro = prev.kind === 'chrome' && LIST_INTRO.test(prev.reason);
    const inList = prev.kind === 'chrome' && prev.reason === 'related-list';
    if (l.kind === 'bullet' && (intro || inList) && l.line.text.length <= 160 && !/[.!؟?]$/u.test(l.line.text)) set(l, 'chrome', 'related-list');
  }

  // 7. The trailing run: short unpunctuated lines (and link-like bullets) after the last
  // paragraph, followed only by chrome, are chrome too (tag lists, widget titles, link lists).
  for (let i = labels.length - 1; i > last && i >= 0; i--) {
    const l = labels[i] as LineLabel;
    if (!CONTENT_KINDS.has(l.kind)) continue;
    const plainEnd = !SENTENCE_END.test(l.line.text);
    if (plainEnd && (l.line.text.length <= 60 || (l.kind === 'bullet' && l.line.text.length <= 160))) set(l, 'chrome', 'trailing-widget');
    else break;
  }

  return { labels, titleIndex, arabicShare };
}
