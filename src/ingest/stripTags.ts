import { decodeEntities } from './entities.js';

const BLOCK =
  /<\/?(?:p|div|br|hr|li|ul|ol|tr|table|h[1-6]|blockquote|section|article|header|footer|aside|figure|figcaption|pre|dd|dt|dl|title)\b[^>]*>/gi;

/**
 * A quick HTML-to-text for feed contents and titles (not article extraction: that is the
 * cleaning stage's job): drops comments, scripts and styles, turns block tags into line
 * breaks, removes the other tags, decodes character references, and trims spaces so that
 * paragraphs are separated by one newline.
 */
export function stripTags(html: string): string {
  if (html.indexOf('<') === -1 && html.indexOf('&') === -1) return html.trim();
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/<(script|style|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(BLOCK, '\n')
    .replace(/<\/?[A-Za-z][^>]*>/g, '');
  return decodeEntities(text)
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v\u00A0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}
