import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArabicDate } from '../arabic/calendars.js';
import { sharedPath } from '../models/paths.js';
import { inferPublicationWindow, windowReference } from './inferPublicationWindow.js';
import { tagTime } from './tagTime.js';

const dir = sharedPath('seeds');
const have = existsSync(dir);
if (!have) console.log(`seeds test skipped: ${dir} is missing`);

describe.skipIf(!have)('time on the shared seeds (read at run time)', () => {
  const seeds = have
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }))
    : [];
  /** The publication date a seed states on one of its first lines, if any. */
  const statedDate = (text: string): string | undefined => {
    const head = text.split('\n').slice(0, 8).join('\n');
    return parseArabicDate(head)[0]?.value;
  };

  it('lists the expressions of every seed', () => {
    for (const s of seeds) {
      const ref = statedDate(s.text) ?? windowReference(inferPublicationWindow(s.text)) ?? undefined;
      const t = tagTime(s.text, ref !== undefined ? { ref } : {});
      console.log(`${s.name} (ref ${ref ?? 'none'}):\n${t.map((x) => `  ${x.text} → ${x.type} ${x.value}${x.begin ? ` [${x.begin} … ${x.end}]` : ''} (${x.anchor}${x.inferred ? ', inferred' : ''})`).join('\n')}`);
      expect(t.length, s.name).toBeGreaterThan(0);
      for (const x of t) expect(s.text.slice(x.span[0], x.span[1])).toBe(x.text);
    }
  });

  it('dates the arrival both ways: يوم الجمعة via a story-mate, اليوم via the dated article', () => {
    const dated = seeds.find((s) => statedDate(s.text)?.startsWith('2024-12-03'));
    expect(dated, 'a seed dated 2024-12-03').toBeDefined();
    const published = statedDate(dated?.text ?? '') ?? '';
    const today = tagTime(dated?.text ?? '', { ref: published }).find((x) => x.text === 'اليوم');
    expect(today?.value).toBe('2024-12-03');
    expect(today?.inferred).toBe(false);

    // the undated story-mate: same minister, no date line, says يوم الجمعة
    const mate = seeds.find((s) => s !== dated && statedDate(s.text) === undefined && s.text.includes('بيلوسوف') && s.text.includes('يوم الجمعة'));
    expect(mate, 'an undated story-mate').toBeDefined();
    const window = inferPublicationWindow(mate?.text ?? '', { storyMates: [{ published, source: dated?.name ?? '' }] });
    const ref = windowReference(window);
    expect(ref).toBe('2024-12-03');
    const friday = tagTime(mate?.text ?? '', { ref: ref ?? '', refInferred: true }).find((x) => x.text === 'يوم الجمعة');
    expect(friday?.value).toBe('2024-11-29');
    expect(friday?.inferred).toBe(true);
    expect(friday?.direction).toBe('tense:past');
  });

  it('dates an undated seed from a past date and a month called current', () => {
    const s = seeds.find((x) => statedDate(x.text) === undefined && x.text.includes('الجاري'));
    expect(s).toBeDefined();
    const w = inferPublicationWindow(s?.text ?? '');
    expect([w.earliest, w.latest]).toEqual(['2025-07-01', '2025-07-31']);
    expect(w.evidence.map((e) => e.kind)).toEqual(expect.arrayContaining(['latest-past-date', 'current-month']));
  });
});
