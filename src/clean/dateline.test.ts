import { describe, expect, it } from 'vitest';
import { agencyName, agencyOnly, findAgency } from './agencies.js';
import { findDateline, parseAuthorField } from './dateline.js';

describe('findDateline', () => {
  it.each([
    ['سيول، كوريا الجنوبية (AP) — وصل الوفد أمس', 'سيول، كوريا الجنوبية', 'AP'],
    ['الرياض - واس - أعلنت الهيئة اليوم', 'الرياض', 'SPA'],
    ['الرياض – واس\nنص', 'الرياض', 'SPA'],
    ['القاهرة (أ ش أ) - قال مصدر', 'القاهرة', 'MENA'],
    ['بيروت (رويترز) - قالت مصادر', 'بيروت', 'Reuters'],
    ['باريس ـ أ ف ب: أعلن الرئيس', 'باريس', 'AFP'],
    ['واس (جدة) استقبل الأمير', 'جدة', 'SPA'],
    ['دبي، (وام) -- أعلنت الشركة', 'دبي', 'WAM'],
  ])('%s', (text, place, agency) => {
    const d = findDateline(text);
    expect(d?.place).toBe(place);
    expect(d?.agency).toBe(agency);
    if (d) expect(text.slice(d.placeStart, d.placeEnd)).toBe(place);
  });

  it('place, Hijri and Gregorian date, agency', () => {
    const d = findDateline('جنيف 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس اجتمع الأعضاء');
    expect(d).toMatchObject({ place: 'جنيف', agency: 'SPA', date: '2015-08-10' });
  });

  it('credit line ending in a place', () => {
    expect(findDateline('موقع المثال – الرياض')?.place).toBe('الرياض');
    expect(findDateline('الرياض – جدة')?.place).toBe('الرياض');
  });

  it('known place without agency', () => {
    expect(findDateline('لندن: قال متحدث باسم الحكومة')?.place).toBe('لندن');
    expect(findDateline('لندن: قال متحدث')?.agency).toBeUndefined();
  });

  it.each([
    'وقالت وكالة رويترز إن المحادثات انتهت',
    'قال مسؤول - رويترز تنقل عنه - إن الأمر انتهى',
    'أعلنت الحكومة اليوم أن الموازنة ستقر قريباً',
    'المتحدث: الأمر قيد الدراسة',
  ])('no dateline in %s', (text) => {
    expect(findDateline(text)).toBeUndefined();
  });
});

describe('agencies', () => {
  it('canonical names for Arabic and Latin forms', () => {
    expect(agencyName('أ ف ب')).toBe('AFP');
    expect(agencyName('أ.ف.ب')).toBe('AFP');
    expect(agencyName('د ب أ')).toBe('DPA');
    expect(agencyName('Reuters')).toBe('Reuters');
    expect(agencyName('سانا')).toBe('SANA');
    expect(agencyName('قنا')).toBe('QNA');
    expect(agencyName('بنا')).toBe('BNA');
  });
  it('diacritics do not make word boundaries; spelled abbreviations need their spaces', () => {
    expect(findAgency('(الرُّضَاب)')).toBeUndefined();
    expect(findAgency('كلمة اب هنا')).toBeUndefined();
    expect(findAgency('(ا ب)')?.name).toBe('AP');
  });
  it('whole words only', () => {
    expect(findAgency('واسعة الانتشار')).toBeUndefined();
    expect(findAgency('نقلت واس الخبر')?.name).toBe('SPA');
    expect(agencyOnly('(واس)')).toBe('SPA');
    expect(agencyOnly('واس قالت')).toBeUndefined();
  });
});

describe('parseAuthorField', () => {
  it.each([
    ['جنيف : (رويترز)', { place: 'جنيف', agency: 'Reuters' }],
    ['لندن: سارة الأحمد', { place: 'لندن', author: 'سارة الأحمد' }],
    ['بواسطة : عمر الفاروق', { author: 'عمر الفاروق' }],
    ['&nbsp;واس (جدة)', { place: 'جدة', agency: 'SPA' }],
    ['سامي النجار - المدينة المنورة', { place: 'المدينة المنورة', author: 'سامي النجار' }],
    ['واشنطن : (أ ف ب)', { place: 'واشنطن', agency: 'AFP' }],
    ['عنيزة - فهد الراشد:', { place: 'عنيزة', author: 'فهد الراشد' }],
    ['قرية الوادي - فهد الراشد / تصوير - سعد الماجد:', { place: 'قرية الوادي', author: 'فهد الراشد' }],
    ['«الصحيفة» من الرياض', { site: 'الصحيفة', place: 'الرياض' }],
    ['الجزيرة - منى العلي:', { site: 'الجزيرة', author: 'منى العلي' }],
    ['&nbsp;سعيد الغامدي (بلجرشي)', { author: 'سعيد الغامدي', place: 'بلجرشي' }],
    ['موقع &ndash; أبها:', { site: 'موقع', place: 'أبها' }],
  ])('%s', (field, expected) => {
    expect(parseAuthorField(field)).toEqual(expected);
  });
});
