import { describe, expect, it } from 'vitest';
import { isMarsadError } from '../core/errors.js';
import { TemplateModel } from './templateModel.js';

const doc = (i: number, extra: string[] = []): string[] => [`عنوان الخبر رقم ${'أبجد'.repeat(i % 3)} ${i}`, `فقرة خاصة بالخبر ${i} ${'هوز'.repeat(i)}`, ...extra];

describe('TemplateModel', () => {
  it('learns lines repeated across a publisher’s documents, not one-off lines', () => {
    const m = new TemplateModel({ minDocs: 3, minShare: 0.3 });
    for (let i = 0; i < 10; i++) m.observe('paper', doc(i, ['تابعوا صفحتنا للحصول على آخر المستجدات']));
    expect(m.docs('paper')).toBe(10);
    expect(m.isTemplate('paper', 'تابعوا صفحتنا للحصول على آخر المستجدات')).toBe(true);
    // Normalised keys: hamza, punctuation and spacing do not matter.
    expect(m.isTemplate('paper', '  تابعوا صفحتنا للحصول على اخر المستجدات!  ')).toBe(true);
    expect(m.isTemplate('paper', 'فقرة خاصة بالخبر 3 هوزهوزهوز')).toBe(false);
    expect(m.isTemplate('other', 'تابعوا صفحتنا للحصول على آخر المستجدات')).toBe(false);
  });

  it('needs both the minimum count and the minimum share', () => {
    const m = new TemplateModel({ minDocs: 2, minShare: 0.5 });
    for (let i = 0; i < 10; i++) m.observe('p', doc(i, i < 3 ? ['سطر يتكرر قليلاً في بعض الأخبار'] : []));
    expect(m.isTemplate('p', 'سطر يتكرر قليلاً في بعض الأخبار')).toBe(false);
    for (let i = 10; i < 14; i++) m.observe('p', doc(i, ['سطر يتكرر قليلاً في بعض الأخبار']));
    expect(m.isTemplate('p', 'سطر يتكرر قليلاً في بعض الأخبار')).toBe(true);
  });

  it('counts a line once per document', () => {
    const m = new TemplateModel({ minDocs: 3, minShare: 0 });
    m.observe('p', ['سطر مكرر', 'سطر مكرر', 'سطر مكرر', 'سطر مكرر']);
    expect(m.isTemplate('p', 'سطر مكرر')).toBe(false);
  });

  it('learns closing lines with a varying tail through their prefix, at the document edge only', () => {
    const m = new TemplateModel({ minDocs: 3, minShare: 0.2 });
    for (let i = 0; i < 12; i++) m.observe('p', doc(i, [`رابط هذا الخبر في موقعنا الإلكتروني: عنوان مختلف ${'س'.repeat(i + 1)}`]));
    const line = 'رابط هذا الخبر في موقعنا الإلكتروني: عنوان لم يظهر من قبل';
    expect(m.isTemplate('p', line, true)).toBe(true);
    expect(m.isTemplate('p', line, false)).toBe(false);
  });

  it('ignores long lines', () => {
    const long = 'كلمة '.repeat(100);
    const m = new TemplateModel({ minDocs: 1, minShare: 0 });
    for (let i = 0; i < 5; i++) m.observe('p', [long]);
    expect(m.isTemplate('p', long)).toBe(false);
  });

  it('corpus-wide scope catches lines shared by many publishers', () => {
    const m = new TemplateModel({ corpusMinDocs: 5, corpusMinShare: 0.1, minDocs: 100 });
    for (let i = 0; i < 10; i++) m.observe(`site${i}`, doc(i, ['جميع الحقوق محفوظة للناشر']));
    expect(m.isTemplate('site-new', 'جميع الحقوق محفوظة للناشر')).toBe(true);
  });

  it('round-trips through JSON', () => {
    const m = new TemplateModel({ minDocs: 2, minShare: 0 });
    for (let i = 0; i < 3; i++) m.observe('p', doc(i, ['سطر القالب']));
    const copy = TemplateModel.fromJSON(JSON.parse(JSON.stringify(m.toJSON())));
    expect(copy.isTemplate('p', 'سطر القالب')).toBe(true);
    expect(copy.docs('p')).toBe(3);
    expect(copy.top('p', 1)[0]?.docs).toBe(3);
    expect(TemplateModel.fromJSON(null).docs('p')).toBe(0);
    expect(TemplateModel.fromJSON({ version: 99 }).docs('p')).toBe(0);
  });

  it('caps memory by pruning rare keys', () => {
    const m = new TemplateModel({ maxKeysPerPublisher: 100, minDocs: 2, minShare: 0 });
    for (let i = 0; i < 200; i++) m.observe('p', [`سطر فريد ${'ب'.repeat(i % 50)} ${'ت'.repeat(Math.floor(i / 50))}`, 'سطر ثابت في كل خبر']);
    const json = m.toJSON();
    expect(json.scopes['p']?.counts.length).toBeLessThanOrEqual(100);
    expect(m.isTemplate('p', 'سطر ثابت في كل خبر')).toBe(true);
  });

  it('rejects impossible options', () => {
    let err: unknown;
    try {
      new TemplateModel({ minDocs: 0 });
    } catch (e) {
      err = e;
    }
    expect(isMarsadError(err, 'INVALID_ARGUMENT')).toBe(true);
  });
});
