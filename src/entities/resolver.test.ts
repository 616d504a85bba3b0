import { describe, expect, it } from 'vitest';
import { parseGazetteer, serializeGazetteer } from './gazetteer.js';
import type { Mention } from './mentions.js';
import { nameKey } from '../arabic/nameKey.js';
import { EntityResolver } from './resolver.js';

let pos = 0;
const m = (text: string, type: Mention['type'] = 'PER', roles?: string[]): Mention => {
  const start = pos;
  pos += text.length + 1;
  const base = { start, end: start + text.length, text, type, key: nameKey(text) };
  return roles ? { ...base, roles: roles.map((r) => ({ start: 0, end: r.length, text: r })) } : base;
};

const gazetteer = parseGazetteer(
  serializeGazetteer([
    { kind: 'LOC', name: 'روسيا', latin: 'Russia', group: 1 },
    { kind: 'NISBA', name: 'الروسي', latin: 'روسيا', group: 0 },
    { kind: 'NISBA', name: 'الكوري الشمالي', latin: 'كوريا الشمالية', group: 0 },
  ]),
);

describe('EntityResolver', () => {
  it('merges spelling variants and surnames, keeps different full names apart', () => {
    const r = new EntityResolver({ gazetteer });
    const a = r.add('a1', [m('أندري بيلوسوف', 'PER', ['وزير الدفاع الروسي']), m('بيلوسوف'), m('كيم جونغ أون'), m('كيم جونغ إيل'), m('كيم جونغ أون'), m('كيم')]);
    expect(a[1]).toBe(a[0]);
    expect(a[2]).not.toBe(a[3]);
    expect(a[4]).toBe(a[2]);
    expect(a[5]).toBe(a[2]); // the more salient Kim in this article
    const b = r.add('a2', [m('أندريه بيلوسوف'), m('بيونغ يانغ', 'LOC'), m('بيونج يانج', 'LOC')]);
    expect(b[0]).toBe(a[0]);
    expect(b[1]).toBe(b[2]);
    const e = r.entity(a[0] as string)!;
    expect(e.aliases.map((x) => x.text).sort()).toEqual(['أندري بيلوسوف', 'أندريه بيلوسوف', 'بيلوسوف'].sort());
    expect(e.roles).toEqual([{ text: 'وزير الدفاع الروسي', count: 1 }]);
    expect(e.countries).toEqual([{ country: 'روسيا', count: 1 }]);
    expect(e.mentions).toHaveLength(3);
    expect(e.nameLatin.length).toBeGreaterThan(0);
    expect(['أندري بيلوسوف', 'أندريه بيلوسوف']).toContain(e.name);
  });
  it('keeps types apart and a lone surname with no full name as its own entity', () => {
    const r = new EntityResolver();
    const ids = r.add('x', [m('الأردن', 'LOC'), m('الأردن', 'ORG'), m('نصار')]);
    expect(new Set(ids).size).toBe(3);
    expect(r.entities('LOC')).toHaveLength(1);
  });
  it('survives a toJSON/fromJSON round trip and keeps resolving incrementally', () => {
    const r = new EntityResolver({ gazetteer });
    const [id] = r.add('a', [m('سيرغي لافروف'), m('سيرغي شويغو')]);
    const copy = EntityResolver.fromJSON(JSON.parse(JSON.stringify(r.toJSON())), { gazetteer });
    expect(copy.entities()).toEqual(r.entities());
    const [again, other] = copy.add('b', [m('لافروف'), m('شويغو')]);
    expect(again).toBe(id);
    expect(other).not.toBe(id);
    expect(copy.size).toBe(2);
  });
});

describe('EntityResolver.find and cooccurring', () => {
  it('finds by id, by spelling variant and by part, and lists co-occurring entities', () => {
    const r = new EntityResolver({ gazetteer });
    const [bel, pyo] = r.add('a', [m('أندري بيلوسوف'), m('بيونغ يانغ', 'LOC')]);
    r.add('b', [m('سيرغي لافروف')]);
    expect(r.find(bel as string).map((e) => e.id)).toEqual([bel]);
    expect(r.find('أندريه بيلوسوف').map((e) => e.id)).toEqual([bel]);
    expect(r.find('بيلوسوف').map((e) => e.id)).toEqual([bel]);
    expect(r.find('غير موجود')).toEqual([]);
    expect(r.cooccurring(bel as string)).toEqual([{ id: pyo, name: 'بيونغ يانغ', type: 'LOC', articles: 1 }]);
    expect(r.cooccurring('nope')).toEqual([]);
  });
});
