import { describe, it, expect } from 'vitest';
import {
  fnv1a,
  isHeldOut,
  latinKey,
  latinSkeleton,
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
