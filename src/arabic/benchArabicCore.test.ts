import { describe, expect, it } from 'vitest';
import { benchArabicCore } from './benchArabicCore.js';
import { createArabicLexicon } from './cliticsLexicon.js';
import { createArabicResources } from './resources.js';

describe('benchArabicCore', () => {
  it('counts UTF-8 bytes and tokens', () => {
    const r = createArabicResources(createArabicLexicon(new Map([['قال', 5]])));
    const res = benchArabicCore(['وقال abc 12.', 'é🙂'], r, { mappedNormalize: true });
    expect(res.bytes).toBe(Buffer.byteLength('وقال abc 12.') + Buffer.byteLength('é🙂'));
    expect(res.tokens).toBe(6);
    expect(res.ms).toBeGreaterThanOrEqual(0);
  });
});
