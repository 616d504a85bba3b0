import { describe, expect, it } from 'vitest';
import { inferPublicationWindow, windowReference } from './inferPublicationWindow.js';

describe('inferPublicationWindow', () => {
  it('takes a past date as lower bound and a month called current for the year', () => {
    const w = inferPublicationWindow('زار الوفد المدينة في مارس 2023. وتستمر المعارض حتى 20 فبراير الجاري.');
    expect([w.earliest, w.latest]).toEqual(['2024-02-01', '2024-02-29']);
    expect(windowReference(w)).toBe('2024-02-15');
  });
  it('uses the fetch time as an upper bound and future dates as upper bounds', () => {
    const w = inferPublicationWindow('وصل الوزير في 2 مايو 2021. وسيعقد المؤتمر في 10 يونيو 2021.', { fetched: '2021-07-01T10:00:00Z' });
    expect(w.earliest).toBe('2021-05-02');
    expect(w.latest).toBe('2021-06-10');
  });
  it('centres on story-mates', () => {
    const w = inferPublicationWindow('وصل الوزير أمس', { storyMates: [{ published: '2024-12-03' }, { published: '2024-12-04' }] });
    expect([w.earliest, w.latest]).toEqual(['2024-12-01', '2024-12-07']);
    expect(w.confidence).toBeGreaterThan(0.7);
  });
  it('returns an open window with low confidence when nothing dates the text', () => {
    const w = inferPublicationWindow('وصل الوزير أمس');
    expect([w.earliest, w.latest, windowReference(w)]).toEqual([null, null, null]);
    expect(w.confidence).toBeLessThan(0.2);
  });
  it('survives contradictory evidence', () => {
    const w = inferPublicationWindow('وصل الوزير في 2 مايو 2030.', { fetched: '2021-07-01' });
    expect(w.latest).toBe('2021-07-01');
    expect(w.confidence).toBeLessThanOrEqual(0.3);
  });
  it('reads a target year (بحلول عام، حتى عام) as future, not as a past lower bound', () => {
    const w = inferPublicationWindow('وقال الوزير في كلمته إن العجز تضاعف، وتوقع أن يبلغ الضعف بحلول عام 2040 إذا استمر الوضع.');
    expect(w.evidence.some((e) => e.kind === 'latest-past-date' && e.value.startsWith('2040'))).toBe(false);
    expect(w.earliest === null || w.earliest < '2040').toBe(true);
  });
});
