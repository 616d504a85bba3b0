import type { Article, ArticleMeta, MetaField, RawInput } from '../core/article.js';
import { message, type Message } from '../core/message.js';
import { htmlToText } from './htmlToText.js';
import { parseMachineDate } from './parseMachineDate.js';

export { parseMachineDate };

function field<T>(value: T, from: string, confidence: number): MetaField<T> {
  return { value, from, confidence };
}

/** The result of preparing a raw input: the article's clean text, metadata and messages. */
export interface Prepared {
  readonly text: string;
  readonly meta: ArticleMeta;
  readonly messages: Message[];
}

/**
 * The baseline cleaner: turns a raw input into an article's text and the metadata its container
 * gave (JSON fields, feed elements, HTML canonical link/title). Plain text is kept as given (only
 * line endings unified); HTML is reduced to text safely. Used until (and beside) the full cleaner.
 */
export function prepareBasic(raw: RawInput): Prepared {
  const messages: Message[] = [];
  const f = raw.fields;
  const meta: ArticleMeta = {};
  let text: string;
  switch (raw.kind) {
    case 'html':
      text = htmlToText(raw.decoded);
      break;
    case 'feed':
      text = /<[a-z!/][^>]*>/i.test(raw.decoded) ? htmlToText(raw.decoded) : raw.decoded;
      break;
    default:
      text = raw.decoded;
  }
  text = text.replace(/\r\n?/g, '\n');
  const src = raw.kind === 'json' ? 'json' : raw.kind === 'feed' ? 'feed' : raw.kind;
  if (f.title?.trim()) meta.title = field(f.title.trim(), `${src}:title`, 0.9);
  if (f.url?.trim()) meta.url = field(f.url.trim(), `${src}:url`, 0.95);
  if (f.publisher?.trim()) meta.publisher = field(f.publisher.trim(), `${src}:publisher`, 0.9);
  if (f.author?.trim()) meta.author = field(f.author.trim(), `${src}:author`, 0.8);
  if (f.category?.trim()) meta.category = field(f.category.trim(), `${src}:category`, 0.8);
  if (f.language?.trim()) meta.language = field(f.language.trim(), `${src}:language`, 0.8);
  if (f.date?.trim()) {
    const iso = parseMachineDate(f.date);
    if (iso) meta.published = field(iso, `${src}:date`, 0.9);
    else
      messages.push(
        message('DATE_UNPARSED', 'warning', `${raw.source}: date field "${f.date}" is not in a recognised format`, {
          field: 'date',
          source: raw.source,
        }),
      );
  }
  if (f.dateExtracted?.trim()) {
    const iso = parseMachineDate(f.dateExtracted);
    if (iso) meta.fetched = field(iso, `${src}:date_extracted`, 0.9);
  }
  if (!meta.title) {
    const m = /^\s*([^\n]{1,300})/.exec(text);
    if (m?.[1] && raw.kind === 'text') meta.title = field(m[1].trim(), 'text:first-line', 0.3);
  }
  if (text.trim() === '') {
    messages.push(message('EMPTY_TEXT', 'warning', `${raw.source}${raw.member ? `#${raw.member}` : ''}: no text content`, { source: raw.source }));
  }
  return { text, meta, messages };
}

/** Build the article record from a raw input and its preparation (before annotation stages). */
export function toArticle(raw: RawInput, prepared: Prepared, readMessages: readonly Message[] = []): Article {
  return {
    raw,
    text: prepared.text,
    meta: prepared.meta,
    annotations: {},
    messages: [...readMessages, ...prepared.messages],
  };
}
