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

describe('EntityResolver across articles', () => {
  const gz = parseGazetteer(
    serializeGazetteer([
      { kind: 'LOC', name: 'روسيا', latin: 'Russia', group: 0 },
      { kind: 'LOC', name: 'لبنان', latin: 'Lebanon', group: 0 },
      { kind: 'ORG', name: 'الأمم المتحدة', latin: 'United Nations', group: 0 },
      { kind: 'NISBA', name: 'الروسي', latin: 'روسيا', group: 0 },
      { kind: 'NISBA', name: 'الفيتنامي', latin: 'فيتنام', group: 0 },
    ]),
  );
  it('merges a full name spelled differently in one token when the articles share context', () => {
    const r = new EntityResolver({ gazetteer: gz });
    const [a] = r.add('a1', [m('نغوين مينه كوانغ'), m('هانوي', 'LOC')]);
    const [, b] = r.add('a2', [m('هانوي', 'LOC'), m('نغوين مين كوانغ')]);
    const [c] = r.add('a3', [m('نجوين مين كوانج'), m('هانوي', 'LOC')]);
    const [, d] = r.add('a4', [m('هانوي', 'LOC'), m('نغويين مين كوانغ')]);
    expect(new Set([a, b, c, d]).size).toBe(1);
    expect(r.entity(a as string)?.aliases).toHaveLength(4);
    // A first token the name key reads as article + rest (ألكسيس) against one it does not (أليكسيس).
    const [t1] = r.add('a5', [m('ألكسيس تسيبراس'), m('أثينا', 'LOC')]);
    const [t2] = r.add('a6', [m('أليكسيس تسيبراس'), m('أثينا', 'LOC')]);
    expect(t2).toBe(t1);
  });
  it('does not merge a one-token spelling difference without shared context', () => {
    const r = new EntityResolver({ gazetteer: gz });
    const [a] = r.add('a1', [m('نغوين مينه كوانغ'), m('هانوي', 'LOC')]);
    const [b] = r.add('a2', [m('نغوين مين كوانغ'), m('ليما', 'LOC')]);
    expect(b).not.toBe(a);
  });
  it('keeps names apart that differ in a whole token or in the first letters, even with shared context', () => {
    const r = new EntityResolver({ gazetteer: gz });
    const [un] = r.add('a1', [m('كيم جونغ أون'), m('بيونغ يانغ', 'LOC')]);
    const [il] = r.add('a2', [m('كيم جونغ إيل'), m('بيونغ يانغ', 'LOC')]);
    expect(il).not.toBe(un);
    const [mo] = r.add('a3', [m('محمد بن سلمان'), m('الرياض', 'LOC')]);
    const [ah] = r.add('a4', [m('أحمد بن سلمان'), m('الرياض', 'LOC')]);
    expect(ah).not.toBe(mo);
    const [s1] = r.add('a5', [m('سلمان بن عبدالعزيز'), m('الرياض', 'LOC')]);
    const [s2] = r.add('a6', [m('سلطان بن عبدالعزيز'), m('الرياض', 'LOC')]);
    expect(s2).not.toBe(s1);
    const [k1] = r.add('a7', [m('جون كيري'), m('واشنطن', 'LOC')]);
    const [k2] = r.add('a8', [m('جون كيربي'), m('واشنطن', 'LOC')]);
    expect(k2).not.toBe(k1);
  });
  it('merges a name with a middle token or a clan pair missing, and joined عبدال compounds', () => {
    const r = new EntityResolver({ gazetteer: gz });
    const [a] = r.add('a1', [m('سلمان بن عبدالعزيز'), m('الرياض', 'LOC')]);
    const [, b] = r.add('a2', [m('الرياض', 'LOC'), m('سلمان بن عبد العزيز آل سعود')]);
    const [c] = r.add('a3', [m('سلمان بن عبد العزيز'), m('الرياض', 'LOC')]);
    expect(b).toBe(a);
    expect(c).toBe(a);
    const [d] = r.add('a4', [m('رمضان أحمد قاديروف'), m('غروزني', 'LOC')]);
    const [e] = r.add('a5', [m('رمضان قاديروف'), m('غروزني', 'LOC')]);
    expect(e).toBe(d);
    // بن or أبو is no middle name to leave out.
    const [f] = r.add('a6', [m('سامي أبو سعد'), m('غروزني', 'LOC')]);
    const [g] = r.add('a7', [m('سامي سعد'), m('غروزني', 'LOC')]);
    expect(g).not.toBe(f);
  });
  it('moves a nisba before a person name into a country relation, keeping the span', () => {
    const r = new EntityResolver({ gazetteer: gz });
    const ms = [m('الروسي أندريه بيلوسوف')];
    const [a] = r.add('a1', ms);
    const [b] = r.add('a2', [m('أندريه بيلوسوف')]);
    expect(b).toBe(a);
    const e = r.entity(a as string)!;
    expect(e.aliases.map((x) => x.text)).toEqual(['أندريه بيلوسوف']);
    expect(e.countries).toEqual([{ country: 'روسيا', count: 1 }]);
    expect(e.mentions[0]).toEqual({ articleId: 'a1', start: ms[0]!.start, end: ms[0]!.end, text: 'الروسي أندريه بيلوسوف' });
    expect(e.name).toBe('أندريه بيلوسوف');
  });
  it('names non-person entities without a proclitic when the stripped form is known', () => {
    const r = new EntityResolver({ gazetteer: gz });
    const ms = [m('للأمم المتحدة', 'ORG'), m('بجامعة القاهرة', 'ORG'), m('لبنان', 'LOC'), m('بريطانيا', 'LOC')];
    const [un, uni, lb, br] = r.add('a1', ms);
    expect(r.entity(un as string)?.name).toBe('الأمم المتحدة');
    expect(r.entity(un as string)?.mentions[0]?.text).toBe('للأمم المتحدة');
    expect(r.entity(uni as string)?.name).toBe('جامعة القاهرة');
    expect(r.entity(lb as string)?.name).toBe('لبنان');
    expect(r.entity(br as string)?.name).toBe('بريطانيا');
    const [again] = r.add('a2', [m('الأمم المتحدة', 'ORG')]);
    expect(again).toBe(un);
    // A preposition letter before a word without the article may be part of the name.
    const [wz] = r.add('a3', [m('وزان', 'LOC')]);
    const [lz] = r.add('a4', [m('لوزان', 'LOC')]);
    expect(lz).not.toBe(wz);
    expect(r.entity(lz as string)?.name).toBe('لوزان');
  });
  it('keeps fuzzy context after a toJSON/fromJSON round trip, and loads state without the new indexes', () => {
    const r = new EntityResolver({ gazetteer: gz });
    const [a] = r.add('a1', [m('نغوين مينه كوانغ'), m('هانوي', 'LOC')]);
    const state = JSON.parse(JSON.stringify(r.toJSON())) as ReturnType<EntityResolver['toJSON']>;
    const copy = EntityResolver.fromJSON(state, { gazetteer: gz });
    expect(copy.entities()).toEqual(r.entities());
    const [, b] = copy.add('a2', [m('هانوي', 'LOC'), m('نغوين مين كوانغ')]);
    expect(b).toBe(a);
    // A state as older versions wrote it (no keys) still loads and resolves by key.
    const old = { ...state, entities: state.entities.map((e) => ({ ...e, keys: [] })) };
    const fromOld = EntityResolver.fromJSON(old, { gazetteer: gz });
    expect(fromOld.add('a3', [m('نغوين مينه كوانغ')])).toEqual([a]);
  });
  it('does not merge different names whose loose name keys collide, and keeps exact spellings together', () => {
    const r = new EntityResolver({});
    const a = r.add('k1', [m('السعودية', 'LOC'), m('صعدة', 'LOC'), m('الصين', 'LOC'), m('سان', 'LOC')]);
    expect(nameKey('صعدة')).toBe(nameKey('السعودية')); // the collision this guards against
    expect(a[1]).not.toBe(a[0]);
    expect(a[3]).not.toBe(a[2]);
    const b = r.add('k2', [m('صعدة', 'LOC'), m('السعوديه', 'LOC'), m('بيونغ يانغ', 'LOC'), m('بيونج يانج', 'LOC')]);
    expect(b[0]).toBe(a[1]); // the same spelling again joins its own entity, not the first one with its key
    expect(b[1]).toBe(a[0]); // one letter off: a variant
    expect(b[3]).toBe(b[2]); // two letters off in ten: a variant
    const back = EntityResolver.fromJSON(r.toJSON());
    expect(back.add('k3', [m('صعدة', 'LOC')])[0]).toBe(a[1]);
  });
});
