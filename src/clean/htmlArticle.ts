import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlToText } from './htmlToText.js';
import { readHtmlMeta, type HtmlMeta } from './htmlMeta.js';

/** What {@link extractHtmlArticle} found in a page. */
export interface HtmlArticle {
  /** The article text as lines (one block per line), before text boilerplate removal. */
  readonly text: string;
  readonly meta: HtmlMeta;
  /** How the body was found: `readability`, `page-text` (fallback) or `none`. */
  readonly method: 'readability' | 'page-text' | 'none';
  /** Problems, as short codes with explanations. */
  readonly problems: { code: string; text: string }[];
}

/** Pages larger than this (characters) are cut before parsing, to keep time bounded. */
export const MAX_HTML_CHARS = 3_000_000;
/** Readability's element budget; bigger documents fall back to the page text. */
export const MAX_ELEMENTS = 60_000;

/** Nesting deeper than this skips the DOM (readability recurses over the tree). */
export const MAX_DEPTH = 250;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'p', 'li', 'td', 'tr', 'th', 'option']);

/** Count start tags and estimate the deepest nesting (void and often-unclosed tags do not nest). */
function tagStats(html: string): { elements: number; depth: number } {
  let elements = 0;
  let depth = 0;
  let max = 0;
  const re = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html)) !== null) {
    const name = (m[2] as string).toLowerCase();
    if (m[1] === '/') {
      if (!VOID.has(name) && depth > 0) depth--;
      continue;
    }
    elements++;
    if (m[3] === '/' || VOID.has(name)) continue;
    if (++depth > max) max = depth;
  }
  return { elements, depth: max };
}

const DROP =
  'script, style, noscript, template, iframe, svg, canvas, form, button, select, input, textarea, nav, aside, footer, figcaption, [role="navigation"], [role="complementary"], [role="contentinfo"], [aria-hidden="true"]';

/**
 * Extract an article from an HTML page: the page's metadata from its markup
 * ({@link readHtmlMeta}), then the body with @mozilla/readability over linkedom (scripts,
 * styles, forms, navigation, asides, footers and comments removed first). When readability finds nothing (navigation-only
 * page, no body, script-only page, too many elements) the visible page text is used instead and a
 * problem says so. Never throws for bad markup.
 */
export function extractHtmlArticle(html: string): HtmlArticle {
  const problems: { code: string; text: string }[] = [];
  let source = html;
  if (source.length > MAX_HTML_CHARS) {
    problems.push({ code: 'HTML_TRUNCATED', text: `page of ${source.length} characters cut to ${MAX_HTML_CHARS} before parsing` });
    source = source.slice(0, MAX_HTML_CHARS);
  }
  if (!/<[a-z!]/i.test(source)) {
    return { text: source, meta: { problems: [] }, method: 'page-text', problems: [{ code: 'HTML_NO_MARKUP', text: 'no HTML markup; read as text' }] };
  }
  // Comments never reach the text; removing them (and styles) before parsing also saves work.
  source = source.replace(/<!--[\s\S]*?(?:-->|$)/g, '').replace(/<style\b[\s\S]*?(?:<\/style\s*>|$)/gi, '');
  const { elements, depth } = tagStats(source);
  if (elements > MAX_ELEMENTS || depth > MAX_DEPTH) {
    // Too big or too deep for a DOM in bounded time: metadata from the head only, text by a tag strip.
    problems.push({
      code: 'HTML_TOO_LARGE',
      text: elements > MAX_ELEMENTS ? `page has ${elements} elements (> ${MAX_ELEMENTS}); used the page text` : `elements nest ${depth} deep (> ${MAX_DEPTH}); used the page text`,
    });
    const headEnd = source.search(/<\/head\s*>|<body[\s>]/i);
    let meta: HtmlMeta = { problems: [] };
    if (headEnd > 0 && headEnd < 500_000) {
      try {
        meta = readHtmlMeta(parseHTML(`${source.slice(0, headEnd)}</head><body></body></html>`).document as never);
      } catch {
        // keep empty metadata
      }
    }
    const pageText = htmlToText(source);
    return { text: pageText, meta, method: pageText.trim() === '' ? 'none' : 'page-text', problems };
  }
  let doc: ReturnType<typeof parseHTML>['document'];
  try {
    doc = parseHTML(/<html[\s>]/i.test(source) ? source : `<!doctype html><html><head></head><body>${source}</body></html>`).document;
  } catch (e) {
    problems.push({ code: 'HTML_PARSE_FAILED', text: `the page could not be parsed (${(e as Error).message}); used a plain tag strip` });
    return { text: htmlToText(source), meta: { problems: [] }, method: 'page-text', problems };
  }
  const meta = readHtmlMeta(doc as never);
  for (const p of meta.problems) problems.push({ code: 'HTML_BAD_JSONLD', text: p });

  const body = doc.body as { querySelectorAll(s: string): ArrayLike<{ remove(): void }>; innerHTML: string; textContent: string | null } | null;
  if (!body || (body.textContent ?? '').trim() === '') {
    problems.push({ code: 'HTML_NO_BODY', text: 'the page has no body text' });
    return { text: '', meta, method: 'none', problems };
  }
  const drop = body.querySelectorAll(DROP);
  for (let i = drop.length - 1; i >= 0; i--) drop[i]?.remove();

  let content: string | undefined;
  {
    try {
      const result = new Readability(doc as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 250, keepClasses: false }).parse();
      const text = result?.content ? htmlToText(result.content) : '';
      if (text.trim().length > 0) content = text;
    } catch (e) {
      problems.push({ code: 'HTML_READABILITY_FAILED', text: `readability failed (${(e as Error).message}); used the page text` });
    }
  }
  if (content !== undefined) return { text: content, meta, method: 'readability', problems };
  if (!problems.some((p) => p.code !== 'HTML_BAD_JSONLD' && p.code !== 'HTML_TRUNCATED')) {
    problems.push({ code: 'HTML_NO_ARTICLE', text: 'readability found no article in the page; used the page text' });
  }
  const pageText = htmlToText(body.innerHTML);
  return { text: pageText, meta, method: pageText.trim() === '' ? 'none' : 'page-text', problems };
}
