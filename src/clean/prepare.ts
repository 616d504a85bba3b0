import type { Article, ArticleMeta, RawInput } from '../core/article.js';
import type { Message } from '../core/message.js';
import { parseMachineDate } from './parseMachineDate.js';

export { parseMachineDate };

/** The result of preparing a raw input: the article's clean text, metadata and messages. */
export interface Prepared {
  readonly text: string;
  readonly meta: ArticleMeta;
  readonly messages: Message[];
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
