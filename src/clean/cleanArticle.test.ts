import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../models/paths.js';
import { cleanArticle, publisherKeyOf, type Cleaned } from './cleanArticle.js';
import { rawOf } from './testInput.js';
import { TemplateModel } from './templateModel.js';

const fixture = (name: string): string => readFileSync(join(packageRoot(), 'test', 'fixtures', 'clean', name), 'utf8');
const codes = (c: Cleaned): string[] => c.messages.map((m) => m.code);
const paras = (c: Cleaned): string[] => (c.text === '' ? [] : c.text.split('\n\n'));

describe('cleanArticle on text with site chrome', () => {
  const src = fixture('text-chrome.txt');
  const c = cleanArticle(rawOf(src));

  it('finds title, publisher, byline, category, dateline, agency and date with provenance', () => {
    expect(c.meta.title?.value).toBe('افتتاح جسر جديد فوق وادي النخيل يربط حيين في المدينة');
    expect(c.meta.title?.from).toBe('text:title-line');
    expect(c.meta.publisher?.value).toBe('بوابة المرصد نيوز');
    expect(c.meta.author?.value).toBe('سلمى القحطاني');
    expect(c.meta.category?.value).toBe('الأخبار المحلية');
    expect(c.meta.dateline?.value).toBe('الرياض');
    expect(c.meta.agency?.value).toBe('SPA');
    expect(c.meta.published?.value).toBe('2024-09-05T10:15');
    expect(c.meta.language?.value).toBe('ar');
  });

  it('metadata spans point at the text they came from in the decoded input', () => {
    for (const key of ['title', 'publisher', 'dateline'] as const) {
      const f = c.meta[key];
      expect(f?.span).toBeDefined();
      if (f?.span) expect(src.slice(f.span.start, f.span.end)).toBe(f.value);
    }
    const agencySpan = c.meta.agency?.span;
    expect(agencySpan && src.slice(agencySpan.start, agencySpan.end)).toBe('واس');
  });

  it('removes every kind of chrome', () => {
    for (const chrome of ['بوابة المرصد نيوز', 'شارك', 'فيسبوك', 'اقرأ أيضاً', 'cookies', 'الوسوم', 'Exit mobile version', 'بقلم', 'الأخبار المحلية', '2024']) {
      expect(c.text).not.toContain(chrome);
    }
    // The title is metadata; its repetition inside the body is removed.
    expect(c.text).not.toContain('وادي النخيل يربط حيين');
    const reasons = c.removed.map((r) => r.reason);
    expect(reasons).toEqual(expect.arrayContaining(['site-name', 'date', 'category', 'byline', 'title', 'title-repeat', 'chrome:cookie-notice', 'chrome:read-also']));
  });

  it('keeps quotes, short paragraphs, subheadings and bullet lists', () => {
    const p = paras(c);
    expect(p[0]?.startsWith('الرياض - واس -')).toBe(true);
    expect(p.some((x) => x.startsWith('وقال الأمين') && x.includes('«'))).toBe(true);
    expect(p).toContain('تفاصيل المشروع');
    const list = p.find((x) => x.startsWith('•'));
    expect(list?.split('\n')).toHaveLength(3);
    expect(p[p.length - 1]?.startsWith('وأكد مهندسو')).toBe(true);
  });

  it('maps clean offsets back to the decoded input', () => {
    let checked = 0;
    for (const s of c.paragraphs) {
      const clean = c.text.slice(s.start, s.end);
      const raw = c.offsets.toRawSpan(s);
      expect(src.slice(raw.start, raw.end)).toBe(clean);
      checked++;
      // Inside a paragraph offsets map one to one.
      expect(src[c.offsets.toRaw(s.start + 3)]).toBe(clean[3]);
    }
    expect(checked).toBe(c.paragraphs.length);
  });

  it('removed ranges and kept paragraphs do not overlap', () => {
    const kept = c.paragraphs.map((s) => c.offsets.toRawSpan(s));
    for (const r of c.removed) for (const k of kept) expect(r.end <= k.start || r.start >= k.end).toBe(true);
  });
});

describe('cleanArticle: dates', () => {
  it('resolves a relative stamp against the fetch time', () => {
    const src = fixture('text-levant.txt');
    const withFetch = cleanArticle(rawOf(src, 'json', { dateExtracted: '2024-09-05 12:00:00' }));
    expect(withFetch.meta.published?.value).toBe('2024-09-05T10:00');
    expect(withFetch.meta.published?.from).toBe('text:relative-stamp');
    const withNow = cleanArticle(rawOf(src), { now: '2024-09-05T12:30' });
    expect(withNow.meta.published?.value).toBe('2024-09-05T10:30');
  });

  it('leaves a relative stamp without reference time unresolved, with a message', () => {
    const c = cleanArticle(rawOf(fixture('text-levant.txt')));
    expect(c.meta.published).toBeUndefined();
    expect(codes(c)).toContain('DATE_AMBIGUOUS');
    expect(c.text).not.toContain('منذ ساعتين');
  });

  it('two different date lines: no date, DATE_AMBIGUOUS', () => {
    const c = cleanArticle(rawOf(fixture('text-ambiguous-dates.txt')));
    expect(c.meta.published).toBeUndefined();
    expect(codes(c)).toContain('DATE_AMBIGUOUS');
  });

  it('Hijri dateline with the Gregorian equivalent', () => {
    const c = cleanArticle(rawOf(fixture('text-hijri-dateline.txt')));
    expect(c.meta.dateline?.value).toBe('جنيف');
    expect(c.meta.agency?.value).toBe('SPA');
    expect(c.meta.published?.value).toBe('2015-08-10');
    expect(paras(c)).toHaveLength(3);
  });

  it('no date at all: DATE_MISSING, never a guess', () => {
    const c = cleanArticle(rawOf(fixture('text-ap-contributor.txt')));
    expect(c.meta.published).toBeUndefined();
    expect(codes(c)).toContain('DATE_MISSING');
  });

  it('a JSON date field wins and is kept as written', () => {
    const c = cleanArticle(rawOf(fixture('text-ap-contributor.txt'), 'json', { date: '2023-01-02T08:00:00Z' }));
    expect(c.meta.published).toMatchObject({ value: '2023-01-02T08:00:00Z', from: 'json:date' });
  });
});

describe('cleanArticle: bylines, agencies, language', () => {
  it('bracketed agency dateline and contributor line', () => {
    const c = cleanArticle(rawOf(fixture('text-ap-contributor.txt')));
    expect(c.meta.agency?.value).toBe('AFP');
    expect(c.meta.dateline?.value).toBe('الكويت');
    expect(c.meta.author).toMatchObject({ value: 'خالد العمري', from: 'text:contributor-line' });
    expect(c.text).not.toContain('في إعداد هذا التقرير');
    expect(paras(c)).toHaveLength(2);
  });

  it('non-Arabic text is kept and flagged', () => {
    const c = cleanArticle(rawOf(fixture('text-english.txt')));
    expect(c.meta.language?.value).toBe('en');
    expect(codes(c)).toContain('LANG_NOT_ARABIC');
    expect(paras(c)).toHaveLength(2);
  });

  it('JSON author field with place and agency', () => {
    const c = cleanArticle(rawOf('قال مسؤول إن الاجتماع انتهى دون اتفاق، وإن جولة جديدة ستعقد الشهر المقبل في العاصمة نفسها.', 'json', {
      title: 'اجتماع بلا اتفاق',
      author: 'جنيف : (رويترز)',
      publisher: 'examplepaper',
    }));
    expect(c.meta.dateline).toMatchObject({ value: 'جنيف', from: 'json:author' });
    expect(c.meta.agency).toMatchObject({ value: 'Reuters', from: 'json:author' });
    expect(c.meta.publisher).toMatchObject({ value: 'examplepaper', from: 'json:publisher' });
    expect(c.meta.title).toMatchObject({ value: 'اجتماع بلا اتفاق', from: 'json:title' });
  });

  it('trailing story-link chrome glued to the last paragraph is cut', () => {
    const body = 'افتتحت البلدية حديقة جديدة للأطفال في الحي الغربي بمساحة واسعة وألعاب آمنة. رابط الخبر بصحيفة المثال: افتتاح حديقة جديدة';
    const c = cleanArticle(rawOf(body, 'json', { title: 'افتتاح حديقة جديدة' }));
    expect(c.text).toBe('افتتحت البلدية حديقة جديدة للأطفال في الحي الغربي بمساحة واسعة وألعاب آمنة.');
    expect(c.removed.map((r) => r.reason)).toContain('chrome:inline-tail');
  });
});

describe('cleanArticle: bad text input', () => {
  it('a file that is only boilerplate gives an empty body and says why', () => {
    const c = cleanArticle(rawOf(fixture('text-boilerplate-only.txt')));
    expect(c.text).toBe('');
    expect(codes(c)).toContain('BOILERPLATE_ONLY');
  });

  it('a title-only article', () => {
    const c = cleanArticle(rawOf(fixture('text-title-only.txt')));
    expect(c.text).toBe('');
    expect(c.meta.title?.value).toBe(fixture('text-title-only.txt').trim());
    expect(codes(c)).toContain('TITLE_ONLY');
  });

  it('empty input', () => {
    const c = cleanArticle(rawOf(''));
    expect(c.text).toBe('');
    expect(codes(c)).toContain('EMPTY_TEXT');
  });

  it('CRLF line endings and a BOM keep offsets right', () => {
    const src = `\ufeff${fixture('text-ap-contributor.txt').replace(/\n/g, '\r\n')}`;
    const c = cleanArticle(rawOf(src));
    const s = c.meta.dateline?.span;
    expect(s && src.slice(s.start, s.end)).toBe('الكويت');
    expect(c.text).not.toContain('\r');
  });
});

describe('cleanArticle on HTML', () => {
  it('reads JSON-LD @graph, OpenGraph, canonical and lang; body without nav, share, related, footer', () => {
    const c = cleanArticle(rawOf(fixture('page-jsonld.html'), 'html'));
    expect(c.meta.title).toMatchObject({ value: 'افتتاح متحف للخط العربي في المدينة القديمة', from: 'jsonld:headline' });
    expect(c.meta.published).toMatchObject({ value: '2024-03-14T09:30:00+03:00', from: 'jsonld:datePublished' });
    expect(c.meta.modified?.value).toBe('2024-03-14T11:00:00+03:00');
    expect(c.meta.author?.value).toBe('مريم الزهراني');
    expect(c.meta.publisher?.value).toBe('صحيفة الواحة');
    expect(c.meta.category?.value).toBe('ثقافة');
    expect(c.meta.language).toMatchObject({ value: 'ar', from: 'html:lang' });
    expect(c.meta.url?.value).toBe('https://example.org/news/museum-opening');
    const p = paras(c);
    expect(p).toHaveLength(5);
    expect(p[0]?.startsWith('افتتح محافظ المدينة')).toBe(true);
    expect(p).toContain('قاعات العرض');
    expect(p[4]?.startsWith('«نريد')).toBe(true);
    for (const chrome of ['SCRIPT_MARKER', 'secret-style-marker', 'COMMENT_MARKER', 'مقالات ذات صلة', 'شارك', 'جميع الحقوق', 'الرئيسية']) {
      expect(c.text).not.toContain(chrome);
    }
  });

  it('HTML paragraphs map back into the page source', () => {
    const src = fixture('page-jsonld.html');
    const c = cleanArticle(rawOf(src, 'html'));
    const first = c.paragraphs[0];
    if (!first) throw new Error('no paragraph');
    const r = c.offsets.toRawSpan(first);
    expect(src.slice(r.start, r.end)).toBe(c.text.slice(first.start, first.end));
  });

  it('an article with no date in the markup gets DATE_MISSING; English paragraphs inside are kept', () => {
    const c = cleanArticle(rawOf(fixture('page-mixed.html'), 'html'));
    expect(codes(c)).toContain('DATE_MISSING');
    expect(paras(c)).toHaveLength(3);
    expect(c.text).toContain('The conference opened');
  });

  it('nested tables', () => {
    const c = cleanArticle(rawOf(fixture('page-nested-tables.html'), 'html'));
    expect(paras(c)).toHaveLength(2);
    expect(c.text).not.toContain('رابط');
  });

  it.each([
    ['page-nav-only.html', 'HTML_NO_ARTICLE'],
    ['page-script-only.html', 'EMPTY_TEXT'],
    ['page-no-body.html', 'HTML_NO_BODY'],
  ])('%s gives an empty article with %s', (name, code) => {
    const c = cleanArticle(rawOf(fixture(name), 'html'));
    expect(c.text).toBe('');
    expect(codes(c)).toContain(code);
    expect(c.text).not.toContain('MARKER');
  });

  it('text given as HTML kind and garbage markup do not crash', () => {
    expect(codes(cleanArticle(rawOf('مجرد نص بلا وسوم', 'html')))).toContain('HTML_NO_MARKUP');
    const c = cleanArticle(rawOf('<div><p>فقرة<<</b></i><table><tr><td>خلية<p>غير مغلقة', 'html'));
    expect(typeof c.text).toBe('string');
  });

  it('very deep nesting skips the DOM and still gives the text', () => {
    const deep = `<html><body>${'<div>'.repeat(5000)}<p>فقرة في أعماق الصفحة</p>${'</div>'.repeat(5000)}</body></html>`;
    const c = cleanArticle(rawOf(deep, 'html'));
    expect(codes(c)).toContain('HTML_TOO_LARGE');
    expect(c.meta.title?.value ?? c.text).toContain('فقرة في أعماق الصفحة');
  });

  it('a 10 MB page is cut and cleaned without crashing', { timeout: 120_000 }, () => {
    const big = `<html><body>${'<div><p>فقرة قصيرة من صفحة ضخمة جداً لاختبار الحدود.</p></div>'.repeat(170_000)}</body></html>`;
    expect(big.length).toBeGreaterThan(10_000_000);
    const c = cleanArticle(rawOf(big, 'html'));
    expect(codes(c)).toContain('HTML_TRUNCATED');
    expect(typeof c.text).toBe('string');
  });
});

describe('cleanArticle with a template model', () => {
  it('drops lines the publisher repeats in many articles, keeps the rest', () => {
    const model = new TemplateModel({ minDocs: 3, minShare: 0.2 });
    const promo = 'حمّل تطبيق الصحيفة على هاتفك لتصلك الأخبار العاجلة أولاً بأول مجاناً ومن دون إعلانات.';
    const places = ['الحي الشمالي', 'وسط المدينة', 'الضاحية الغربية', 'قرب الميناء', 'على طريق المطار', 'في السوق القديم', 'عند مدخل الجامعة', 'بجوار الملعب', 'في الحي الصناعي', 'على الكورنيش'];
    const things = ['مكتبة عامة', 'مركز صحي', 'حديقة للأطفال', 'موقف للحافلات', 'ملعب رياضي', 'سوق للخضار', 'مدرسة ابتدائية', 'جسر للمشاة', 'مسبح بلدي', 'نادٍ للشباب'];
    const article = (i: number): string =>
      `افتتاح ${things[i]} ${places[i]}\n\nافتتحت البلدية ${things[i]} ${places[i]} بعد أشهر من العمل، وقال المسؤولون إن المشروع سيخدم السكان طوال أيام الأسبوع وسيخفف الضغط عن المرافق القريبة.\n\n${promo}`;
    for (let i = 0; i < 5; i++) {
      const c = cleanArticle(rawOf(article(i), 'json', { publisher: 'paper-a' }));
      expect(c.template.key).toBe(publisherKeyOf('paper-a'));
      model.observe(c.template.key, c.template.lines);
    }
    const before = cleanArticle(rawOf(article(9), 'json', { publisher: 'paper-a' }));
    expect(before.text).toContain(promo);
    const after = cleanArticle(rawOf(article(9), 'json', { publisher: 'paper-a' }), { templates: model });
    expect(after.text).not.toContain(promo);
    expect(after.text).toContain('افتتحت البلدية');
    expect(after.removed.map((r) => r.reason)).toContain('template');
    // Another publisher is not affected.
    const other = cleanArticle(rawOf(article(9), 'json', { publisher: 'paper-b' }), { templates: model });
    expect(other.text).toContain(promo);
  });
});

describe('cleanArticle on feed items and page titles', () => {
  it('a feed description is a fragment: tags stripped, no readability, fields used', () => {
    const c = cleanArticle(
      rawOf('<p>أعلنت الشركة عن <b>نتائج</b> الربع الأول، وقالت إن الأرباح ارتفعت بنسبة كبيرة مقارنة بالعام الماضي.</p><p>وأضافت أن التوسع سيستمر.</p>', 'feed', {
        title: 'نتائج الربع الأول',
        publisher: 'قناة المثال',
        date: 'Tue, 03 Dec 2024 06:45:00 +0300',
      }),
    );
    expect(paras(c)).toEqual(['أعلنت الشركة عن نتائج الربع الأول، وقالت إن الأرباح ارتفعت بنسبة كبيرة مقارنة بالعام الماضي.', 'وأضافت أن التوسع سيستمر.']);
    expect(c.meta.publisher).toMatchObject({ value: 'قناة المثال', from: 'feed:publisher' });
    expect(c.meta.published).toMatchObject({ value: '2024-12-03T03:45:00Z', from: 'feed:date' });
    expect(codes(c).filter((x) => x.startsWith('HTML_'))).toEqual([]);
  });

  it('a <title> with a site suffix gives the headline only', () => {
    const html = '<html><head><title>سقوط أمطار غزيرة على المرتفعات | موقع المثال</title></head><body><p>هطلت أمطار غزيرة على المرتفعات الغربية مساء أمس وتسببت في إغلاق عدد من الطرق الفرعية بشكل مؤقت، وفق ما أعلنته فرق الدفاع المدني في المنطقة.</p></body></html>';
    expect(cleanArticle(rawOf(html, 'html')).meta.title?.value).toBe('سقوط أمطار غزيرة على المرتفعات');
  });
});
