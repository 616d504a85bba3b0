import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../models/paths.js';
import { evalDuration, evalTimeExample, parseDuration, type DucklingTimeExpected } from './duckling.js';
import { tagTime } from './tagTime.js';

const file = sharedPath('eval', 'duckling-ar.json');
if (!existsSync(file)) console.log(`Duckling corpus test skipped: ${file} is missing`);

describe('parseDuration', () => {
  it('reads ISO durations', () => {
    expect(parseDuration('PT2M')).toEqual({ value: 2, grain: 'minute' });
    expect(parseDuration('P2M')).toEqual({ value: 2, grain: 'month' });
    expect(parseDuration('P24Y')).toEqual({ value: 24, grain: 'year' });
    expect(parseDuration('PXD')).toBeUndefined();
  });
});

describe.skipIf(!existsSync(file))('shared Duckling Arabic corpus', () => {
  const corpus = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as {
        time: { reference_time: string; examples: Array<{ text: string; expected: DucklingTimeExpected }>; negative: string[] };
        duration: Array<{ text: string; expected: { value: number; grain: string } }>;
      })
    : undefined;
  it('time: at least 90% exact value and grain, toward the future', () => {
    const ex = corpus?.time.examples ?? [];
    const ok = ex.filter((e) => evalTimeExample(e.text, e.expected, corpus?.time.reference_time ?? '').ok).length;
    console.log(`duckling time: ${ok}/${ex.length}`);
    expect(ok / ex.length).toBeGreaterThanOrEqual(0.9);
  });
  it('time negatives yield nothing', () => {
    for (const t of corpus?.time.negative ?? []) expect(tagTime(t, { ref: corpus?.time.reference_time ?? '' }), t).toEqual([]);
  });
  it('duration: all exact', () => {
    for (const d of corpus?.duration ?? []) expect(evalDuration(d.text, d.expected).ok, d.text).toBe(true);
  });
});
