import type { LanguageResources } from '../arabic/resources.js';
import type { StoryDoc } from './storyClusterer.js';

/**
 * Arabic function words and news boilerplate verbs kept out of story vectors (surface forms;
 * they are passed through `resources.term` so they match index terms).
 */
export const STORY_STOPWORDS: readonly string[] = (
  'في من على إلى الى عن مع أن إن ان كان كانت يكون هذا هذه ذلك تلك التي الذي الذين اللذين ' +
  'ما لا لم لن قد وقد كما أو او ثم بين بعد قبل خلال حتى عند منذ حول ضد عبر لدى غير كل بعض ' +
  'هو هي هم هما نحن أنه أنها انه انها فيه فيها منه منها عليه عليها له لها لهم به بها ' +
  'وقال قال وأضاف أضاف وأكد أكد وأوضح أوضح وأشار أشار مشيرا مؤكدا وذكر ذكر أعلن وأعلن ' +
  'اليوم أمس غدا يوم العام الماضي الحالي المقبل أيضا حيث وفق وفقا ضمن نحو أكثر أقل ' +
  'صحيفة الخبر رابط واس'
).split(' ');

/** Options for {@link storyDocFromText}. */
export interface StoryDocOptions {
  published?: string;
  /** Characters of the body used as the lead (default 600, cut at a word boundary). */
  leadChars?: number;
  /** Times the title's terms are counted (default 2). */
  titleWeight?: number;
  entities?: StoryDoc['entities'];
  events?: StoryDoc['events'];
  eventDates?: StoryDoc['eventDates'];
  duplicateOf?: string;
}

const stopCache = new WeakMap<LanguageResources, Set<string>>();

function stopTerms(res: LanguageResources): Set<string> {
  let s = stopCache.get(res);
  if (!s) {
    s = new Set<string>();
    for (const w of STORY_STOPWORDS) {
      const t = res.term(w);
      if (t) s.add(t);
    }
    stopCache.set(res, s);
  }
  return s;
}

/** The story-vector terms of a text: index terms, without stop terms, digits-only terms or one-letter terms. */
export function storyTerms(text: string, res: LanguageResources): string[] {
  const stop = stopTerms(res);
  const out: string[] = [];
  for (const tok of res.tokenizer.tokenize(text)) {
    const t = res.term(tok.text);
    if (t === null || t.length < 2 || stop.has(t) || /^\d+$/.test(t)) continue;
    out.push(t);
  }
  return out;
}

/** The lead: the first `chars` characters of the body, cut back to a word boundary. */
export function leadOf(body: string, chars = 600): string {
  const t = body.trim();
  if (t.length <= chars) return t;
  const cut = t.lastIndexOf(' ', chars);
  return t.slice(0, cut > chars / 2 ? cut : chars);
}

/** Build the {@link StoryDoc} of an article from its title and clean text. Pure. */
export function storyDocFromText(id: string, title: string, body: string, res: LanguageResources, options: StoryDocOptions = {}): StoryDoc {
  const lead = leadOf(body, options.leadChars ?? 600);
  const titleTerms = storyTerms(title, res);
  const terms: string[] = [];
  for (let k = 0; k < (options.titleWeight ?? 2); k++) terms.push(...titleTerms);
  terms.push(...storyTerms(lead, res));
  // Anchors: the title's terms and the first sentence's (the clusterer keeps only the rare ones).
  const firstSentence = lead.split(/[.!?؟\n]/u).find((x) => x.trim().split(/\s+/).length >= 12) ?? '';
  const anchors = [...new Set([...titleTerms, ...storyTerms(firstSentence.slice(0, 300), res)])];
  const doc: StoryDoc = { id, title, lead, terms, titleTerms, anchors };
  if (options.published !== undefined) doc.published = options.published;
  if (options.entities !== undefined) doc.entities = options.entities;
  if (options.events !== undefined) doc.events = options.events;
  if (options.eventDates !== undefined) doc.eventDates = options.eventDates;
  if (options.duplicateOf !== undefined) doc.duplicateOf = options.duplicateOf;
  return doc;
}
