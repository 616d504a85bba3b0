import type { RawFields } from '../core/article.js';
import { decodeEntities } from './entities.js';

/** Attributes of one start tag (names lower-cased, values with character references decoded). */
export function parseAttributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  const re = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  // Skip the tag name.
  const start = tag.search(/[\s/>]/);
  const body = start === -1 ? '' : tag.slice(start);
  for (let m = re.exec(body); m !== null; m = re.exec(body)) {
    const name = m[1]!.toLowerCase();
    if (!attrs.has(name)) attrs.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
}

/** The charset declared by `<meta charset>` or `<meta http-equiv="content-type">` in the first bytes. */
export function htmlDeclaredCharset(bytes: Uint8Array, prescanBytes = 4096): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, prescanBytes));
  const metas = head.match(/<meta\b[^>]*>/gi) ?? [];
  for (const tag of metas) {
    const a = parseAttributes(tag);
    const cs = a.get('charset');
    if (cs !== undefined && cs.trim() !== '') return cs.trim();
    if ((a.get('http-equiv') ?? '').toLowerCase() === 'content-type') {
      const m = /charset\s*=\s*["']?([^\s"';]+)/i.exec(a.get('content') ?? '');
      if (m) return m[1];
    }
  }
  return undefined;
}

/** The encoding named by an XML declaration in the first bytes (`<?xml … encoding="…"?>`). */
export function xmlDeclaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512));
  const m = /^(?:\uFEFF|\u00EF\u00BB\u00BF)?\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([^"']+)["']/.exec(head);
  return m ? m[1] : undefined;
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * Fields of an HTML page: `title` from `<title>`, `url` from `<link rel="canonical">` or
 * `og:url`, `language` from `<html lang>` (or `xml:lang`). No body extraction.
 */
export function htmlFields(html: string): RawFields {
  const fields: RawFields = {};
  const titleMatch = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(html);
  if (titleMatch) {
    const t = collapse(decodeEntities(titleMatch[1]!.replace(/<[^>]*>/g, '')));
    if (t !== '') fields.title = t;
  }
  // Canonical and og:url live in the head; look before <body> (or in the first 256 KB).
  const bodyAt = html.search(/<body\b/i);
  const head = html.slice(0, bodyAt === -1 ? 256 * 1024 : bodyAt);
  let canonical: string | undefined;
  for (const tag of head.match(/<link\b[^>]*>/gi) ?? []) {
    const a = parseAttributes(tag);
    const rel = (a.get('rel') ?? '').toLowerCase().split(/\s+/);
    const href = a.get('href')?.trim();
    if (rel.includes('canonical') && href) {
      canonical = href;
      break;
    }
  }
  if (canonical === undefined) {
    for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
      const a = parseAttributes(tag);
      const prop = (a.get('property') ?? a.get('name') ?? '').toLowerCase();
      const content = a.get('content')?.trim();
      if (prop === 'og:url' && content) {
        canonical = content;
        break;
      }
    }
  }
  if (canonical !== undefined) fields.url = canonical;
  const htmlTag = /<html\b[^>]*>/i.exec(html);
  if (htmlTag) {
    const a = parseAttributes(htmlTag[0]);
    const lang = (a.get('lang') ?? a.get('xml:lang'))?.trim();
    if (lang) fields.language = lang;
  }
  return fields;
}
