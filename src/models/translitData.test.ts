import { describe, it, expect } from 'vitest';
import {
  fnv1a,
  isHeldOut,
  latinKey,
  latinSkeleton,
  latinNamesFromPairs,
  latinVariant,
  parseGoogleTsv,
  parseWikidataTsv,
} from './translitData.js';

describe('parsers', () => {
  it('parses Wikidata rows and skips bad lines', () => {
    const rows = parseWikidataTsv('ivan\tا ي ف ا ن\t3\nbad line\n\npetr\tب ي ت ر\tx\n');
    expect(rows).toEqual([
      { latin: 'ivan', arabic: 'ايفان', count: 3 },
      { latin: 'petr', arabic: 'بيتر', count: 1 },
    ]);
  });
  it('parses Google rows', () => {
    expect(parseGoogleTsv('بيتر\tpeter\n\t\nx\n')).toEqual([{ arabic: 'بيتر', latin: 'peter' }]);
  });
});

describe('Latin forms', () => {
  it('latinKey strips diacritics and punctuation', () => {
    expect(latinKey('Ștefan')).toBe('stefan');
    expect(latinKey("ʿAlī")).toBe('ali');
  });
  it('latinVariant groups orthographic variants only', () => {
    expect(latinVariant('sergey')).toBe(latinVariant('sergei'));
    expect(latinVariant('bermann')).toBe(latinVariant('berman'));
    expect(latinVariant('zara')).not.toBe(latinVariant('sara'));
  });
  it('latinSkeleton is looser', () => {
    expect(latinSkeleton('mohammed')).toBe(latinSkeleton('muhammad'));
    expect(latinSkeleton('natasha')).toBe(latinSkeleton('natacha'));
    expect(latinSkeleton('lavrov')).not.toBe(latinSkeleton('shoigu'));
  });
});

describe('split', () => {
  it('is deterministic and puts variants on one side', () => {
    expect(fnv1a('abc')).toBe(fnv1a('abc'));
    expect(isHeldOut('sergei')).toBe(isHeldOut('sergey'));
    expect(isHeldOut('mohammed')).toBe(isHeldOut('muhammad'));
  });
  it('splits roughly in half', () => {
    const names = Array.from({ length: 2000 }, (_, i) => `name${i.toString(36)}x${(i * 7919).toString(36)}`);
    const held = names.filter(isHeldOut).length;
    expect(held).toBeGreaterThan(700);
    expect(held).toBeLessThan(1300);
  });
});

describe('latinNamesFromPairs', () => {
  it('keeps the most attested English form per Arabic word, Google pairs weighing more', () => {
    const wiki = parseWikidataTsv('kerry\tك ي ر ي\t6\nkeri\tك ي ر ي\t2\nsami\tس ا م ي\t2\nsamy\tس ا م ي\t2\n');
    const google = parseGoogleTsv('سامي\tsamy\nكيري\tkeri\n');
    const names = latinNamesFromPairs(wiki, google, (a) => a);
    expect(names.get('كيري')).toBe('kerry'); // 6 against 2 + 3
    expect(names.get('سامي')).toBe('samy'); // 2 + 3 against 2
  });
  it('breaks ties towards plain ASCII and skips forms with digits or spaces', () => {
    const wiki = parseWikidataTsv('botín\tب و ت ي ن\t1\nputin\tب و ت ي ن\t1\nx1\tس\t9\n');
    const names = latinNamesFromPairs(wiki, parseGoogleTsv('ب\ta b\n'), (a) => a);
    expect(names.get('بوتين')).toBe('putin');
    expect(names.has('س')).toBe(false);
    expect(names.has('ب')).toBe(false);
  });
});

describe('latinNamesFromPairs tie-break', () => {
  it('lets a tie-break choose among equally attested forms', () => {
    const wiki = parseWikidataTsv("d'angers\tد ي ف ي د\t1\ndavid\tد ي ف ي د\t1\nzed\tد ي ف ي د\t1\n");
    const near = (_l: string, forms: readonly string[]): string[] => forms.filter((f) => f.startsWith('da'));
    expect(latinNamesFromPairs(wiki, [], (a) => a, near).get('ديفيد')).toBe('david');
    expect(latinNamesFromPairs(wiki, [], (a) => a).get('ديفيد')).toBe('david'); // plain letters first
  });
});
