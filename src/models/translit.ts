import { existsSync, readFileSync } from 'node:fs';
import { modelPath } from './paths.js';
import type { NameKeyTable } from '../arabic/nameKey.js';
import type { RomanizeTable } from '../arabic/romanize.js';

/** The file name of the shipped transliteration model in `models/`. */
export const TRANSLIT_MODEL_FILE = 'translit.json';

/** The JSON layout of `models/translit.json` (written by `scripts/build-translit.ts`). */
export interface TranslitJson {
  readonly version: 1;
  /** Where the data came from. */
  readonly sources: readonly string[];
  /**
   * Letter classes for name keys (letter → class representative): the rule classes, checked
   * against the letter substitutions seen between variant spellings in the build half and pinned
   * with the model (a transitive closure of the learned substitutions over-merges: ج–غ–ز–س–ش–ك).
   */
  readonly classes: Record<string, string>;
  /** Letter-in-context chunks (see {@link RomanizeTable.ctx}) as `chunk logp|chunk logp…`. */
  readonly ctx: Record<string, string>;
  /** Latin character n-gram counts (see {@link RomanizeTable.lm}). */
  readonly lm: Record<string, number>;
  /** N-gram order. */
  readonly order: number;
  /** Weight of the n-gram model. */
  readonly lmWeight: number;
  /** Whole-word dictionary as `arabic<TAB>latin` lines joined by `\n`. */
  readonly dict: string;
  /**
   * Optional display names (see `RomanizeTable.names`), in the same line format: the most
   * attested English form of each Arabic word in all the pairs (`latinNamesFromPairs`).
   */
  readonly names?: string;
}

/** The loaded transliteration model: data for `nameKey` and `romanize`. */
export interface TranslitModel {
  readonly nameKey: NameKeyTable;
  readonly romanize: RomanizeTable;
}

/** A map from `key<TAB>value` lines joined by `\n` (lines without a tab are skipped). */
function tabLines(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) out.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return out;
}

/** Turn the JSON form into the tables the pure functions take. */
export function translitFromJson(j: TranslitJson): TranslitModel {
  const dict = tabLines(j.dict);
  const names = j.names !== undefined ? tabLines(j.names) : undefined;
  return {
    nameKey: { classes: j.classes },
    romanize: {
      ...(names !== undefined && names.size > 0 ? { names } : {}),
      dict,
      ctx: new Map(
        Object.entries(j.ctx).map(([k, v]) => [
          k,
          v.split('|').map((c): [string, number] => {
            const sp = c.lastIndexOf(' ');
            return [c.slice(0, sp), Number(c.slice(sp + 1))];
          }),
        ]),
      ),
      lm: new Map(Object.entries(j.lm)),
      order: j.order,
      lmWeight: j.lmWeight,
    },
  };
}

let cached: TranslitModel | null | undefined;

/**
 * Load `models/translit.json` once (cached). Returns undefined when the file is missing or
 * unreadable, so that callers fall back to the built-in rules.
 */
export function loadTranslit(): TranslitModel | undefined {
  if (cached !== undefined) return cached ?? undefined;
  const p = modelPath(TRANSLIT_MODEL_FILE);
  if (!existsSync(p)) {
    cached = null;
    return undefined;
  }
  try {
    cached = translitFromJson(JSON.parse(readFileSync(p, 'utf8')) as TranslitJson);
  } catch {
    cached = null;
  }
  return cached ?? undefined;
}
