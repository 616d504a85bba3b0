/**
 * Tense of the sentence around an expression, from future markers (سـ + imperfect verb, سوف,
 * من المقرر, من المتوقع …). News narrates in the past, so a sentence with no future marker is past.
 */

const FUTURE_WORDS = new Set(['سوف', 'يعتزم', 'تعتزم', 'يعتزمون', 'المرتقب', 'المرتقبه', 'المزمع', 'المزمعه', 'يرتقب', 'مرتقب']);
const FUTURE_PHRASES = [/من المقرر/, /من المتوقع/, /من المنتظر/, /من المزمع/, /من المفترض/];
/** Words that begin like a future verb (سي/ست/سن) but are nouns or names. */
const NOT_VERB = /^(سياس|سيار|سيول|سينا|سيد|سيطر|سياد|سياح|سيره|سيرج|سيرغ|سيف|سينم|سيول|سيك|سيب|ستالين|ستار|سته|ستين|ستون|ستوك|سنه|سنو|سنين|سنغ|سني|سنت|سنا|سنوي|سنود|سيم)/;

/** True when a match-normalised word is a future-tense verb (سيزور, ستعقد, وسيلتقي). */
export function isFutureVerb(word: string): boolean {
  let w = word;
  if (w.startsWith('و') || w.startsWith('ف')) w = w.slice(1);
  if (FUTURE_WORDS.has(w)) return true;
  if (w.length < 5 || w[0] !== 'س') return false;
  if (!/^س[يتنا]/.test(w)) return false;
  return !NOT_VERB.test(w);
}

const isStop = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 10 || c === 59;

/** Sentence bounds around `offset` in match-normalised text. */
export function sentenceAround(text: string, offset: number): [number, number] {
  let a = offset;
  while (a > 0 && !isStop(text.charCodeAt(a - 1))) a--;
  let b = offset;
  while (b < text.length && !isStop(text.charCodeAt(b))) b++;
  return [a, b];
}

const RELATIVE = /(?:^|[^\u0621-\u064a])(?:الذي|التي|الذين|اللذين|اللتين|اللواتي|اللاتي)(?![\u0621-\u064a])/g;
const PAST_MARKERS = /(?:^|[^\u0621-\u064a])(?:سابقا|مسبقا)(?![\u0621-\u064a])/;

/**
 * The tense of the clause around `[start, end)` of match-normalised text: `future` when a future
 * marker occurs in the clause, else `past`. The clause is the sentence, or — when a relative
 * pronoun (الذي، التي …) comes before the expression — the relative clause, so that
 * `من المتوقع أن يلتقي … التي زارت موسكو في نوفمبر` reads the date as past.
 */
export function tenseAround(text: string, start: number, end: number): 'past' | 'future' {
  const [a, b] = sentenceAround(text, start);
  let from = a;
  const before = text.slice(a, start);
  for (const m of before.matchAll(RELATIVE)) from = a + (m.index ?? 0);
  const clause = text.slice(from, Math.max(b, end));
  if (from > a && PAST_MARKERS.test(clause)) return 'past';
  if (FUTURE_PHRASES.some((r) => r.test(clause))) return 'future';
  for (const w of clause.split(/[^\u0621-\u064a]+/)) if (w && isFutureVerb(w)) return 'future';
  return 'past';
}
