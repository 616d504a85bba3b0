import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../models/paths.js';
import { judgeNumberCase, NUMBER_EVAL_SECTIONS, type NumberEvalCase } from './numberEval.js';

const path = sharedPath('eval', 'duckling-ar.json');
if (!existsSync(path)) console.warn(`skipping Duckling number cases: ${path} is missing`);

describe.skipIf(!existsSync(path))('Duckling Arabic numeral/ordinal cases (read at run time)', () => {
  const data = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>) : {};
  for (const { section, mode, options } of NUMBER_EVAL_SECTIONS) {
    describe(section, () => {
      const cases = (data[section] ?? []) as NumberEvalCase[];
      it('has cases', () => expect(cases.length).toBeGreaterThan(0));
      cases.forEach((c, k) => {
        it(`#${k} ${JSON.stringify(c.text)} → ${c.expected}`, () => {
          const r = judgeNumberCase(c, mode, options);
          expect(r.reason ?? 'ok').toBe('ok');
          expect(r.pass).toBe(true);
        });
      });
    });
  }
});

describe('judgeNumberCase', () => {
  it('fails a wrong value, a partial span and a wrong kind', () => {
    expect(judgeNumberCase({ text: 'خمسة', expected: 6 }, 'numeral').pass).toBe(false);
    expect(judgeNumberCase({ text: 'خمسة كتب', expected: 5 }, 'numeral').pass).toBe(false);
    expect(judgeNumberCase({ text: ' خمسة ', expected: 5 }, 'numeral').pass).toBe(true);
    expect(judgeNumberCase({ text: 'الخامس', expected: 5 }, 'numeral').pass).toBe(false);
    expect(judgeNumberCase({ text: 'الخامس', expected: 5 }, 'ordinal').pass).toBe(true);
    expect(judgeNumberCase({ text: 'خمسة وستة', expected: 5 }, 'numeral').pass).toBe(false);
  });
});
