import { describe, expect, it } from 'vitest';
import { boundedEditDistance, closeSpellings, spellingForm } from './editDistance.js';

describe('edit distance for name spellings', () => {
  it('counts edits and stops beyond the bound', () => {
    expect(boundedEditDistance('بيونغيانغ', 'بيونجيانج', 3)).toBe(2);
    expect(boundedEditDistance('abc', 'abc', 0)).toBe(0);
    expect(boundedEditDistance('kitten', 'sitting', 5)).toBe(3);
    expect(boundedEditDistance('kitten', 'sitting', 1)).toBe(2);
    expect(boundedEditDistance('a', 'abcdef', 2)).toBe(3);
  });
  it('tells spelling variants from different names', () => {
    expect(spellingForm('المملكة المتحدة')).toBe('مملكةمتحدة');
    expect(closeSpellings(spellingForm('بيونغ يانغ'), spellingForm('بيونج يانج'))).toBe(true);
    expect(closeSpellings(spellingForm('صعده'), spellingForm('السعوديه'))).toBe(false);
    expect(closeSpellings(spellingForm('حسين'), spellingForm('اوباما'))).toBe(false);
  });
});
