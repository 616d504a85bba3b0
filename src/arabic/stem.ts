import { createStemmer } from 'multilingual-stemmer';
import { Memo } from './resourcesMemo.js';

/** A word stemmer (the shared interface for Snowball and the light stemmer). */
export interface Stemmer {
  /** The stem of one word. Never throws; returns the word itself when it has nothing to strip. */
  stem(word: string): string;
}

/** Options for {@link createSnowballStemmer}. */
export interface SnowballOptions {
  /**
   * Keep Snowball's own removal of leading letters (و ف ب ك ل and ال). Default false: the clitic
   * segmenter has already decided what is a clitic, and Snowball's blind prefix step destroys
   * names (بوتين → وتين, فلاديمير → لاديمير, بكين → كين, وزراء → زراء).
   */
  stripPrefixes?: boolean;
  /** Entries per generation of the stemmer's memo (default 100,000; 0 disables it). Snowball costs ~7 µs a call. */
  cacheSize?: number;
}

function hasArabicLetter(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0x0621 && c <= 0x06d3) return true;
  }
  return false;
}

function hasSurrogate(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
  }
  return false;
}

/**
 * The Snowball Arabic stemmer (multilingual-stemmer, Snowball 3), meant to run on a clitic-
 * stripped, match-normalised base (see `segment`). Words without Arabic letters (and words
 * holding surrogates, which the WASM binding would mangle) come back unchanged. By default only
 * its suffix stripping is kept (see {@link SnowballOptions.stripPrefixes}).
 */
export function createSnowballStemmer(options: SnowballOptions = {}): Stemmer {
  const snowball = createStemmer('ar');
  const stripPrefixes = options.stripPrefixes ?? false;
  const cacheSize = options.cacheSize ?? 100_000;
  const memo = new Memo<string>(cacheSize);
  const compute = (word: string): string => {
    if (!hasArabicLetter(word) || hasSurrogate(word)) return word;
    const s = snowball(word);
    if (stripPrefixes || s.length === 0) return s.length === 0 ? word : s;
    const at = word.indexOf(s);
    // Snowball removed leading letters: put them back, keep only what it did at the end.
    if (at > 0) return word.slice(0, at + s.length);
    return s;
  };
  return { stem: (word: string): string => memo.get(word, compute) };
}
