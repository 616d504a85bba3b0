import { conllToSentences, formatConll } from './conll.js';
import { evaluateNer, formatNerEvaluation, type NerEvaluation } from './nerEval.js';
import { tagDocument, type NerModel } from './nerModel.js';

/**
 * `marsad tag --conll`: read CoNLL-style text (one token per line, blank line between sentences,
 * extra columns ignored) and return `token<TAB>predicted-tag` lines, a blank line after each
 * sentence. The input is tagged as one stream of sentences (document features over nearby
 * sentences).
 */
export function tagConllText(text: string, model: NerModel): string {
  const sents = conllToSentences(text);
  const tags = tagDocument(sents.map((s) => s.tokens), model);
  return formatConll(sents.map((s, i) => ({ tokens: s.tokens, tags: tags[i] ?? [] })));
}

/** `marsad eval ner --data FILE`: tag the file's tokens and score against its last column. */
export function evaluateConllText(text: string, model: NerModel): { evaluation: NerEvaluation; report: string } {
  const sents = conllToSentences(text);
  const pred = tagDocument(sents.map((s) => s.tokens), model);
  const evaluation = evaluateNer(sents.map((s) => s.tags), pred);
  return { evaluation, report: formatNerEvaluation(evaluation) };
}
