import type { Token } from '../arabic/tokenize.js';
import '../arabic/tokensStage.js';
import { defineStage } from '../core/pipeline.js';
import { message } from '../core/message.js';
import type { Segmentation } from '../arabic/clitics.js';
import { gazKey, type Gazetteer } from './gazetteer.js';
import { mentionsFromTags, type Mention } from './mentions.js';
import { bioSpans } from './nerEval.js';
import { tagDocument, type NerModel } from './nerModel.js';

/** The `entities` annotation: named-entity mentions of the article, in text order. */
export interface EntitiesAnnotation {
  readonly mentions: readonly Mention[];
}

declare module '../core/pipeline.js' {
  interface Services {
    /** The gazetteer (load with `loadGazetteer()` from `src/models/gazetteer.ts`). */
    gazetteer: Gazetteer;
  }
}

declare module '../core/annotations.js' {
  interface AnnotationMap {
    /** Named-entity mentions with roles (see {@link EntitiesAnnotation}). */
    entities: EntitiesAnnotation;
  }
}

/**
 * Drop mentions that are only a nisba adjective (`أوكراني`, `الكورية الشمالية`): a nisba links
 * to its country as a relation of what it describes, it is not a mention of its own. Kept: a
 * nisba that is also a name the gazetteer knows (`السعودية` is the country too), and a person's
 * nisba surname used alone when the article also gives the full name (`… المصري` then `المصري`).
 */
export function withoutNisbas(mentions: readonly Mention[], gaz: Gazetteer): Mention[] {
  const surnames = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'PER') continue;
    const words = gazKey(m.text).split(' ');
    if (words.length > 1) surnames.add(words.at(-1) as string);
  }
  const isNisba = (text: string): boolean => {
    const key = gazKey(text);
    const words = key.split(' ');
    if (words.length > 2) return false;
    // Definite and masculine forms: the gazetteer lists `الكوري الشمالي` (and the feminine of
    // its last word only).
    const definite = words.map((w) => (w.startsWith('ال') ? w : `ال${w}`));
    const masculine = definite.map((w) => (w.endsWith('يه') ? w.slice(0, -1) : w));
    if (![key, definite.join(' '), masculine.join(' ')].some((k) => gaz.nisba.has(k))) return false;
    // A typed gazetteer phrase (not just a person-name token) is a name in its own right.
    return ((gaz.phraseBits.get(key) ?? 0) & 15) === 0;
  };
  return mentions.filter((m) => !(isNisba(m.text) && !(m.type === 'PER' && surnames.has(gazKey(m.text)))));
}

/** Options of the entities stage. */
export interface EntitiesStageOptions {
  /** Sentences on each side that count as context for document features (default: the whole article). */
  readonly window?: number;
}

/**
 * Find named-entity mentions in an article: tag each sentence of the `tokens` annotation with
 * `services.ner` (the whole article is the document of the second pass), turn the tags into
 * mentions with spans into the clean text, and attach roles to persons. Without the NER
 * service it reports `NER_MODEL_MISSING` and returns no mentions. The segmenter comes from
 * `services.arabic` (identity segmentation without it). A preposition (ب/ل/ك) glued to a name is
 * left out of the span when the rest is a name the article also writes without it, or one
 * `services.gazetteer` knows.
 */
export const entitiesStage = defineStage<'entities', EntitiesStageOptions | void>({
  name: 'entities',
  provides: 'entities',
  needs: ['tokens'],
  create: (options) => (article, ctx) => {
    const model: NerModel | undefined = ctx.services.ner;
    const ann = article.annotations.tokens;
    if (!ann) return { mentions: [] };
    if (!model) {
      ctx.report(message('NER_MODEL_MISSING', 'warning', 'no NER model loaded (services.ner): no entity mentions'));
      return { mentions: [] };
    }
    const arabic = ctx.services.arabic;
    const segment = (w: string): Segmentation =>
      arabic ? arabic.segmenter.segment(w) : { prefixes: [], base: w, suffixes: [], baseStart: 0, baseEnd: w.length };
    const tokens: readonly Token[] = ann.tokens;
    const ranges = ann.sentenceTokens.filter(([a, b]) => b > a);
    const sentences = ranges.map(([a, b]) => tokens.slice(a, b).map((t) => t.text));
    const tags = tagDocument(sentences, model, { window: options?.window ?? Infinity });
    const mentions: Mention[] = [];
    const gaz = ctx.services.gazetteer;
    // Names this article itself writes without a proclitic (`بوتين` before `لبوتين`): each
    // tagged span and each of its words, as the first word of a span, unless it carries one.
    const inArticle = new Set<string>();
    tags.forEach((sentenceTags, k) => {
      for (const sp of bioSpans(sentenceTags)) {
        const words = sentences[k]?.slice(sp.start, sp.end) ?? [];
        const first = words[0];
        if (first === undefined || segment(first).prefixes.some((p) => p !== 'ال')) continue;
        inArticle.add(gazKey(words.join(' ')));
        for (const w of words) inArticle.add(gazKey(w));
      }
    });
    const known = (name: string): boolean => inArticle.has(gazKey(name)) || (gaz !== undefined && gaz.phraseBits.has(gazKey(name)));
    ranges.forEach(([a], k) => mentions.push(...mentionsFromTags(article.text, tokens, a, tags[k] ?? [], segment, known)));
    return { mentions: gaz ? withoutNisbas(mentions, gaz) : mentions };
  },
});
