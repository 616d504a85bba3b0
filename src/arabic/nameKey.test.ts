import { describe, it, expect } from 'vitest';
import {
  DEFAULT_NAME_KEY_RULES,
  nameKey,
  nameKeyMatches,
  nameKeyTokens,
  nameTokens,
  tokenKey,
} from './nameKey.js';
import { existsSync, readFileSync } from 'node:fs';
import { loadTranslit } from '../models/translit.js';
import { sharedPath } from '../models/paths.js';
import { isHeldOut, latinSkeleton, latinVariant, parseGoogleTsv, parseWikidataTsv } from '../models/translitData.js';
import { normalizeMatch } from './normalize.js';

/** Spelling variants Arabic outlets use for one name. */
const SAME: [string, string][] = [
  ['بيونغ يانغ', 'بيونج يانج'],
  ['بيونغ يانغ', 'بيونغيانغ'],
  ['جونغ', 'جونج'],
  ['سيرغي', 'سيرجي'],
  ['كوانغ', 'جوانج'],
  ['أندري', 'أندريه'],
  ['أندري بيلوسوف', 'أندريه بيلوسوف'],
  ['أوكرانيا', 'اوكرانيا'],
  ['نو جوانج تشول', 'نو كوانغ تشول'],
  ['سيرجي لافروف', 'سيرغي لافروف'],
  ['كيم جونغ أون', 'كيم جونج أون'],
  ['كاترين', 'كاثرين'],
  ['ماتيو', 'ماتّيو'],
  ['دينيس', 'دنيس'],
  ['المهدي', 'مهدي'],
  ['كونشيتا', 'كونتشيتا'],
  ['لوبيز', 'لوبيس'],
  ['فاطمة', 'فاطمه'],
  ['بيلوسوف', 'بيلوسوڤ'],
];

/** Different names that must keep different keys. */
const DIFFERENT: [string, string][] = [
  ['كيم جونغ أون', 'كيم جونغ إيل'],
  ['لافروف', 'شويغو'],
  ['كوريا الشمالية', 'كوريا الجنوبية'],
  ['بوتين', 'بايدن'],
  ['موسكو', 'مينسك'],
  ['كوريا', 'كوري'],
  ['حسن', 'حسام'],
  ['عباس', 'باس'],
];

describe('nameKey', () => {
  it.each(SAME)('%s = %s', (a, b) => {
    expect(nameKey(a)).not.toBe('');
    expect(nameKey(a)).toBe(nameKey(b));
    expect(nameKeyMatches(a, b)).toBe('same');
  });
  it.each(DIFFERENT)('%s ≠ %s', (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
    expect(nameKeyMatches(a, b)).toBe('different');
  });
  it('ignores diacritics, tatweel and doubled letters', () => {
    expect(nameKey('لافْرُوف')).toBe(nameKey('لافروف'));
    expect(nameKey('لافـــروف')).toBe(nameKey('لافروف'));
    expect(nameKey('روسّيا')).toBe(nameKey('روسيا'));
  });
  it('folds a feminine nisba onto the masculine (documented)', () => {
    expect(nameKey('الشمالية')).toBe(nameKey('الشمالي'));
  });
  it('keeps consonantal و and ي that precede another vowel letter', () => {
    // kwang and kang must not merge
    expect(nameKey('كوانغ')).not.toBe(nameKey('كانغ'));
    expect(nameKey('يانغ')).not.toBe(nameKey('انغ'));
  });
});

describe('nameKeyTokens and nameKeyMatches', () => {
  it('gives one key per token', () => {
    const t = nameKeyTokens('كيم جونغ أون');
    expect(t).toHaveLength(3);
    expect(t[2]).toBe(nameKeyTokens('اون')[0]);
    expect(t.join('')).toBe(nameKey('كيم جونغ أون'));
  });
  it('splits on spaces, hyphens and punctuation', () => {
    expect(nameTokens('جان-بيير، لافروف')).toEqual(['جان', 'بيير', 'لافروف']);
  });
  it('finds a surname inside a full name', () => {
    expect(nameKeyMatches('لافروف', 'سيرغي لافروف')).toBe('contained');
    expect(nameKeyMatches('سيرجي لافروف', 'لافروف')).toBe('contained');
    expect(nameKeyMatches('بيلوسوف', 'أندريه بيلوسوف')).toBe('contained');
    expect(nameKeyMatches('شويغو', 'سيرغي لافروف')).toBe('different');
  });
  it('matches a run of tokens against a joined spelling', () => {
    expect(nameKeyMatches('بيونغيانغ', 'مطار بيونغ يانغ')).toBe('contained');
  });
  it('does not report a partial token as contained', () => {
    expect(nameKeyMatches('لاف', 'سيرغي لافروف')).toBe('different');
  });
});

describe('nameKey on bad input', () => {
  it('never throws', () => {
    for (const s of ['', ' ', '\u064B\u064E\u0651', 'Putin', '2024', '٣٤٥', '!!!', '\uD800', 'ـــ', 'ء']) {
      expect(() => nameKey(s)).not.toThrow();
      expect(() => nameKeyMatches(s, 'لافروف')).not.toThrow();
    }
  });
  it('is empty for inputs without letters and different from everything', () => {
    expect(nameKey('')).toBe('');
    expect(nameKey('\u064B\u064E\u0651')).toBe('');
    expect(nameKeyMatches('', '')).toBe('different');
  });
  it('keeps Latin names as folded Latin', () => {
    expect(nameKey('Putin')).toBe('putin');
    expect(nameKey('Pútin')).toBe(nameKey('putin'));
  });
  it('handles a very long string', () => {
    const long = 'بيونغ يانغ '.repeat(50_000);
    const k = nameKey(long);
    expect(k.length).toBeGreaterThan(0);
    expect(k.startsWith(nameKey('بيونغ يانغ'))).toBe(true);
  });
});

describe('rules', () => {
  it('the rules change what merges', () => {
    const noClasses = { ...DEFAULT_NAME_KEY_RULES, classes: {} };
    expect(tokenKey('سيرغي', noClasses)).not.toBe(tokenKey('سيرجي', noClasses));
    const keepArticle = { ...DEFAULT_NAME_KEY_RULES, stripArticle: false };
    expect(tokenKey('المهدي', keepArticle)).not.toBe(tokenKey('مهدي', keepArticle));
  });
});

const model = loadTranslit();
describe.skipIf(model === undefined)('nameKey with the shipped table', () => {
  it('keeps the seed variants together and the different names apart', () => {
    const t = model!.nameKey;
    for (const [a, b] of SAME) expect(nameKey(a, t)).toBe(nameKey(b, t));
    for (const [a, b] of DIFFERENT) expect(nameKey(a, t)).not.toBe(nameKey(b, t));
  });
});

const wikiPath = sharedPath('data/translit/wikidata-en-ar-names.tsv');
const googlePath = sharedPath('data/translit/google-ar2en.tsv');
const haveData = existsSync(wikiPath) && existsSync(googlePath);
if (!haveData) console.log(`skipping the held-out name-key check: ${wikiPath} or ${googlePath} is missing`);
describe.skipIf(!haveData)('nameKey on the held-out transliteration pairs', () => {
  it('merges most variant spellings and almost no different names', () => {
    const rows: [string, string][] = [
      ...parseWikidataTsv(readFileSync(wikiPath, 'utf8')).map((w): [string, string] => [w.arabic, w.latin]),
      ...parseGoogleTsv(readFileSync(googlePath, 'utf8')).map((g): [string, string] => [g.arabic, g.latin]),
    ].filter(([, l]) => isHeldOut(l));
    const groups = new Map<string, Set<string>>();
    for (const [a, l] of rows) {
      const g = groups.get(latinVariant(l)) ?? new Set<string>();
      g.add(normalizeMatch(a));
      groups.set(latinVariant(l), g);
    }
    let pairs = 0;
    let same = 0;
    for (const g of groups.values()) {
      const xs = [...g];
      for (let i = 0; i < xs.length; i++)
        for (let j = i + 1; j < xs.length; j++) {
          pairs++;
          if (nameKey(xs[i]!) === nameKey(xs[j]!)) same++;
        }
    }
    expect(pairs).toBeGreaterThan(500);
    expect(same / pairs).toBeGreaterThan(0.5);
    // Neighbouring rows are unrelated names: count merges whose English skeletons differ.
    let neg = 0;
    let merged = 0;
    for (let i = 1; i < rows.length; i++) {
      const [a, la] = rows[i - 1]!;
      const [b, lb] = rows[i]!;
      if (latinSkeleton(la) === latinSkeleton(lb)) continue;
      neg++;
      if (nameKey(a) === nameKey(b)) merged++;
    }
    expect(neg).toBeGreaterThan(10_000);
    expect(merged / neg).toBeLessThan(0.002);
  });
});
