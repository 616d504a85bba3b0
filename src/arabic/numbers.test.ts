import { describe, expect, it } from 'vitest';
import { findNumbers, type FindNumbersOptions, type NumberMention } from './numbers.js';
import { numbersToJson } from './numbersToJson.js';

/** Every mention's offsets are valid, its text is the slice, and mentions are sorted and disjoint. */
function checkOffsets(text: string, ms: NumberMention[]): void {
  let last = 0;
  for (const m of ms) {
    expect(Number.isInteger(m.start) && Number.isInteger(m.end)).toBe(true);
    expect(m.start).toBeGreaterThanOrEqual(last);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(m.text).toBe(text.slice(m.start, m.end));
    last = m.end;
  }
}

function all(text: string, options?: FindNumbersOptions): NumberMention[] {
  const ms = findNumbers(text, options);
  checkOffsets(text, ms);
  return ms;
}

/** The only mention in `text`. */
function one(text: string, options?: FindNumbersOptions): NumberMention {
  const ms = all(text, options);
  expect(ms.map((m) => m.text)).toHaveLength(1);
  return ms[0] as NumberMention;
}

/** Value of the only mention, which must cover the whole text. */
function whole(text: string): number | undefined {
  const m = one(text);
  expect(m.text).toBe(text);
  return m.value;
}

describe('digits', () => {
  it.each([
    ['6,000', 6000],
    ['10.5', 10.5],
    ['٦٬٠٠٠', 6000],
    ['١٠٫٥', 10.5],
    ['۱۲۳', 123],
    ['1,250,000', 1250000],
    ['1.000.000', 1000000],
    ['.5', 0.5],
    ['3/4', 0.75],
    ['-7', -7],
    ['-٣٫٥', -3.5],
  ])('%s → %d', (text, value) => {
    expect(whole(text)).toBeCloseTo(value, 9);
  });

  it('reads a plus sign before a short number as a sign, not a phone number', () => {
    const m = one('ارتفع المؤشر +0.5%');
    expect([m.value, m.kind, m.text]).toEqual([0.5, 'percent', '0.5%']);
  });

  it('reads a decimal comma with one or two decimals', () => {
    expect(one('بلغ 1,5 مليون').value).toBe(1500000);
  });

  it('does not read an Arabic comma as a digit separator', () => {
    const ms = all('الأرقام 5،000 و 7');
    expect(ms.map((m) => m.value)).toEqual([5, 0, 7]);
  });

  it('reads Arabic-comma groups only when decimals follow', () => {
    expect(one('بقيمة 184،716.34 ريالا').value).toBe(184716.34);
  });

  it('reads the newspaper decimal with ر (fraction first)', () => {
    expect(one('بلغت 7ر59 مليون جنيه').value).toBeCloseTo(59.7e6, 0);
    expect(one('نمو 5ر2%').value).toBe(2.5);
  });

  it('keeps a fraction a/b as a fraction', () => {
    const m = one('3/4');
    expect(m.kind).toBe('fraction');
  });
});

describe('number words', () => {
  it.each([
    ['واحد', 1],
    ['واحدة', 1],
    ['اثنان', 2],
    ['اثنين', 2],
    ['اثنتين', 2],
    ['ثلاث', 3],
    ['ثمانية', 8],
    ['عشرة', 10],
    ['أحد عشر', 11],
    ['اثنتي عشرة', 12],
    ['سبعة عشر', 17],
    ['تسع عشرة', 19],
    ['عشرون', 20],
    ['تسعين', 90],
    ['سبعة وأربعون', 47],
    ['مئة', 100],
    ['مائة', 100],
    ['مئتان', 200],
    ['مئتين', 200],
    ['ثلاثمئة', 300],
    ['ثلاث مئة', 300],
    ['تسعمائة وتسعة وتسعون', 999],
    ['ألف', 1000],
    ['ألفين', 2000],
    ['ألفان', 2000],
    ['ثلاثة آلاف', 3000],
    ['ألف ومئتين', 1200],
    ['ألفا وخمسمائة', 1500],
    ['ثلاثة وعشرين ألفا', 23000],
    ['خمسة آلاف وثلاثمائة', 5300],
    ['مئتين وخمسين ألفا', 250000],
    ['مليون', 1000000],
    ['مليونين', 2000000],
    ['أربعة ملايين', 4000000],
    ['مليون و200 ألف', 1200000],
    ['مليار', 1e9],
    ['ثلاثة مليارات', 3e9],
    ['نصف مليون', 500000],
    ['مليون ونصف', 1500000],
    ['ثلاثة ونصف', 3.5],
    ['10 آلاف', 10000],
    ['10 الاف', 10000],
    ['2.5 مليون', 2500000],
    ['3 مليارات', 3e9],
    ['صفر', 0],
  ])('%s → %d', (text, value) => {
    expect(whole(text)).toBeCloseTo(value, 6);
  });

  it('reads fractions', () => {
    expect(one('نصف').kind).toBe('fraction');
    expect(one('ربع').value).toBe(0.25);
    expect(one('ثلث').value).toBeCloseTo(1 / 3, 12);
    const m = one('ثلاثة أرباع');
    expect([m.kind, m.value]).toEqual(['fraction', 0.75]);
  });

  it('reads diacritised words and spans their marks', () => {
    const text = 'وصل ثَلاثَةُ آلافٍ';
    const m = one(text);
    expect(m.value).toBe(3000);
    expect(m.text).toBe('ثَلاثَةُ آلافٍ');
  });

  it('strips proclitics from the span', () => {
    const cases: Array<[string, string, number]> = [
      ['وثلاثة', 'ثلاثة', 3],
      ['بخمسة', 'خمسة', 5],
      ['لعشرة', 'عشرة', 10],
      ['وبخمسين', 'خمسين', 50],
    ];
    for (const [text, span, value] of cases) {
      const m = one(text);
      expect([m.text, m.value, m.start]).toEqual([span, value, text.length - span.length]);
    }
  });

  it('keeps separate numbers apart', () => {
    expect(all('خمسة وستة').map((m) => m.value)).toEqual([5, 6]);
    expect(all('عشرون وخمسة').map((m) => m.value)).toEqual([20, 5]);
  });

  it('reads colloquial words that are also MSA words only in compounds or when asked', () => {
    expect(all('اقتصاد متين')).toHaveLength(0);
    expect(one('اقتصاد متين', { colloquial: true }).value).toBe(200);
    expect(one('متين وعشرة').value).toBe(210);
    expect(one('حداشر').value).toBe(11);
  });

  it('does not read ألفا alone (alpha) as a number', () => {
    expect(all('فريق ألفا')).toHaveLength(0);
  });

  it('does not read لست ("I am not") as six', () => {
    expect(all('لست أدري')).toHaveLength(0);
    expect(one('وست نساء').value).toBe(6);
  });
});

describe('ordinals', () => {
  it.each([
    ['الأول', 1],
    ['الأولى', 1],
    ['الثالثة', 3],
    ['العاشرة', 10],
    ['الحادي عشر', 11],
    ['الحادية عشرة', 11],
    ['الثاني عشر', 12],
    ['التاسع عشر', 19],
    ['الثالث والعشرين', 23],
    ['السابعة والثلاثون', 37],
    ['رابع', 4],
  ])('%s → %d', (text, value) => {
    const m = one(text);
    expect([m.kind, m.value, m.text]).toEqual(['ordinal', value, text]);
  });

  it('reads an ordinal with a proclitic', () => {
    const m = one('وللمرة الثانية');
    expect([m.kind, m.value, m.text]).toEqual(['ordinal', 2, 'الثانية']);
    const m2 = one('في اليوم والعشرين');
    expect([m2.kind, m2.value, m2.text]).toEqual(['ordinal', 20, 'العشرين']);
  });

  it('skips أول أمس, آل ثاني and the weekdays الاثنين/الأحد', () => {
    expect(all('وصل أول أمس')).toHaveLength(0);
    expect(all('وصل أول من أمس')).toHaveLength(0);
    expect(one('أول مرة').value).toBe(1);
    expect(all('الشيخ حمد آل ثاني')).toHaveLength(0);
    expect(all('يوم الاثنين ويوم الأحد')).toHaveLength(0);
  });

  it('reads ثانية after a number as its unit (seconds), not as an ordinal', () => {
    const ms = all('خلال 30 ثانية فقط');
    expect(ms).toHaveLength(1);
    expect([ms[0]?.value, ms[0]?.unit]).toEqual([30, 'ثانية']);
    expect(all('ثانية واحدة').map((m) => [m.kind, m.value])).toEqual([['cardinal', 1]]);
  });
});

describe('multipliers', () => {
  it.each([
    ['ثلاثة أضعاف', 3],
    ['عشرة أضعاف', 10],
    ['ضعفين', 2],
    ['1.5 ضعف', 1.5],
  ])('%s → ×%d', (text, value) => {
    const m = one(text);
    expect([m.kind, m.value, m.text]).toEqual(['multiplier', value, text]);
  });

  it('reads ضعف as "double" only after a word that asks for an amount', () => {
    expect(one('ارتفع الإنتاج إلى الضعف').value).toBe(2);
    expect(one('بلغ أكثر من ضعف').qualifier).toBe('more-than');
    expect(all('ضعف الأداء واضح')).toHaveLength(0);
  });
});

describe('percentages', () => {
  it.each(['12%', '12 %', '١٢٪', '12 في المئة', '12 في المائة', '12 بالمئة', '12 بالمائة', '%12', 'اثنا عشر بالمئة'])('%s', (text) => {
    const m = one(text);
    expect([m.kind, m.value, m.unit, m.text]).toEqual(['percent', 12, '%', text]);
  });
});

describe('qualifiers', () => {
  it.each([
    ['نحو 50', 'approx'],
    ['حوالي 50', 'approx'],
    ['حوالى 50', 'approx'],
    ['قرابة 50', 'approx'],
    ['زهاء 50', 'approx'],
    ['50 تقريبا', 'approx'],
    ['ما يقرب من 50', 'approx'],
    ['أكثر من 50', 'more-than'],
    ['أزيد من 50', 'more-than'],
    ['ما يزيد على 50', 'more-than'],
    ['ما يزيد عن 50', 'more-than'],
    ['أقل من 50', 'less-than'],
    ['ما لا يقل عن 50', 'at-least'],
    ['50 على الأقل', 'at-least'],
    ['ما لا يزيد على 50', 'at-most'],
  ])('%s → %s', (text, qualifier) => {
    const m = one(text);
    expect([m.qualifier, m.value, m.text]).toEqual([qualifier, 50, text]);
  });

  it('takes a qualifier with a proclitic and leaves the proclitic out', () => {
    const m = one('ارتفع بأكثر من 3 ملايين');
    expect([m.qualifier, m.value, m.text]).toEqual(['more-than', 3000000, 'أكثر من 3 ملايين']);
  });

  it('reads بضع/بضعة and vague plurals as approximate ranges', () => {
    const few = one('بضعة آلاف');
    expect([few.qualifier, few.min, few.max, few.value]).toEqual(['approx', 3000, 9000, undefined]);
    const tens = one('عشرات الآلاف من الناس');
    expect([tens.qualifier, tens.min, tens.max, tens.text]).toEqual(['approx', 30000, 90000, 'عشرات الآلاف']);
    expect(one('مئات').min).toBe(300);
    expect(one('بضع عشرة').min).toBe(13);
  });

  it('reads the examples from the issue', () => {
    const a = one('أكثر من 10,000 جندي');
    expect([a.qualifier, a.value, a.unit, a.text]).toEqual(['more-than', 10000, 'جندي', 'أكثر من 10,000']);
    const b = one('ما بين 25 الى 30 ألف');
    expect([b.qualifier, b.min, b.max, b.value]).toEqual(['between', 25000, 30000, undefined]);
    const c = one('حوالي 4000');
    expect([c.qualifier, c.value]).toEqual(['approx', 4000]);
    const d = one('نحو 6,000 مهندس');
    expect([d.qualifier, d.value, d.unit]).toEqual(['approx', 6000, 'مهندس']);
    const e = one('بين 14 و15 يوليو');
    expect([e.qualifier, e.min, e.max, e.text]).toEqual(['between', 14, 15, 'بين 14 و15']);
  });
});

describe('ranges', () => {
  it.each([
    ['25-30', 25, 30],
    ['٢٥–٣٠', 25, 30],
    ['25 - 30', 25, 30],
    ['25 الى 30 ألف', 25000, 30000],
    ['من 25 إلى 30', 25, 30],
    ['بين 3 و5 آلاف', 3000, 5000],
    ['ما بين خمسة وسبعة', 5, 7],
    ['من 500 إلى 3 آلاف', 500, 3000],
    ['موسم 2014-15', 2014, 2015],
  ])('%s → %d..%d', (text, min, max) => {
    const m = one(text);
    expect([m.min, m.max, m.qualifier, m.value]).toEqual([min, max, 'between', undefined]);
  });

  it('makes a percent range', () => {
    const m = one('من 10 إلى 20 في المئة');
    expect([m.kind, m.min, m.max, m.unit]).toEqual(['percent', 10, 20, '%']);
    expect(one('بين 5 و7%').kind).toBe('percent');
  });

  it('reads a score or a fall as two numbers, not a range', () => {
    expect(all('فاز 2-1').map((m) => [m.value, m.min])).toEqual([
      [2, undefined],
      [1, undefined],
    ]);
    expect(all('تعادل 3-3').map((m) => m.value)).toEqual([3, 3]);
    expect(all('انخفض من 30 إلى 25').map((m) => m.value)).toEqual([30, 25]);
  });
});

describe('units', () => {
  it('takes the counted noun after a number but not function words or the year after عام', () => {
    expect(one('قتل 12 مدنيا').unit).toBe('مدنيا');
    expect(one('بعد 5 سنوات').unit).toBe('سنوات');
    expect(one('منذ 3 في الصباح').unit).toBeUndefined();
    expect(one('عام 2024 أعلنت الوزارة').unit).toBeUndefined();
    expect(one('مئات الجنود').unit).toBe('الجنود');
    expect(one('ثلاثة الأيام').unit).toBeUndefined();
    expect(one('دفع 50$').unit).toBe('$');
    expect(one('حصل على 23 مليارا منها').unit).toBeUndefined();
  });
});

describe('false friends', () => {
  it.each([
    'زادت الكمية والكميات',
    'وأحد المسؤولين',
    'وإحدى الدول',
    'أجري مسح أولي',
    'وصل أمس الأول',
    'من نقطة الصفر',
    'يؤدي إلى ضعف الأداء',
    'قالها ضعفاً وتراخيا',
  ])('%s', (text) => {
    expect(all(text)).toEqual([]);
  });

  it('still reads the real numbers next to them', () => {
    expect(one('وواحد').value).toBe(1);
    const m = one('وأحد عشر لاعبا');
    expect([m.value, m.text]).toEqual([11, 'أحد عشر']);
    expect(one('للمرة الأولى').value).toBe(1);
    expect(one('عشرين ضعفا').value).toBe(20);
  });
});

describe('fractions after a scale or a counted noun', () => {
  it('adds ونصف and swallows the repeated noun', () => {
    const a = one('مليون ونصف المليون');
    expect([a.value, a.text]).toEqual([1500000, 'مليون ونصف المليون']);
    const b = one('استمرت أربع ساعات ونصف الساعة');
    expect([b.value, b.unit, b.text]).toEqual([4.5, 'ساعات', 'أربع ساعات ونصف الساعة']);
    const c = one('بعد خمس سنوات ونصف');
    expect([c.value, c.unit]).toEqual([5.5, 'سنوات']);
  });
});

describe('not numbers', () => {
  it.each(['2024-12-03', '03/12/2024', '3/12/2024', '2024.12.03', '12/2024', '10:30', '0501234567', '+966 50 123 4567', '011-456-7890', 'F16', 'mp3', 'كوفيد-19', 'https://x.com/2024/05/a'])(
    '%s',
    (text) => {
      expect(all(text)).toEqual([]);
    },
  );
});

describe('dates in Saudi news style', () => {
  it.each(['19 / 10 / 1436هـ', '30 -12 -1436', '14/  9/ 2015', 'يوم الاثنين 11/9', 'من 30/12', 'الأحد 16/12 المقبل', 'برقم 6/10994', '9/1436'])('%s has no number', (text) => {
    expect(all(text)).toEqual([]);
  });

  it('reads a d/m without date context as a fraction and two years as a range', () => {
    expect(one('11/10').kind).toBe('fraction');
    const y = one('العام الدراسي 1436/1437');
    expect([y.min, y.max]).toEqual([1436, 1437]);
    const y2 = one('لعام 1436 / 1437 هـ');
    expect([y2.min, y2.max]).toEqual([1436, 1437]);
  });
});

describe('changes that are not ranges', () => {
  it('keeps a percentage going to an amount, and numbers of a different size, apart', () => {
    expect(all('ارتفع 1.3 بالمئة إلى 598.50 دولار').map((m) => [m.kind, m.value])).toEqual([
      ['percent', 1.3],
      ['cardinal', 598.5],
    ]);
    expect(all('زادت 9.3 إلى 7 تريليونات').map((m) => m.value)).toEqual([9.3, 7e12]);
    expect(all('فاز صفر - 1').map((m) => m.value)).toEqual([0, 1]);
    expect(all('النتيجة 1/ 3').map((m) => m.value)).toEqual([1, 3]);
  });

  it('does not read ربع النهائي or نصف سنوي as fractions', () => {
    expect(all('بلغ ربع النهائي')).toEqual([]);
    expect(all('تقرير نصف سنوي')).toEqual([]);
  });
});

describe('bad input', () => {
  it('handles empty, punctuation, marks and controls', () => {
    expect(findNumbers('')).toEqual([]);
    expect(all('...،؛!؟ - % / ')).toEqual([]);
    expect(all('\u064b\u064c\u064e\u0650\u0651')).toEqual([]);
    const t = '\u200f5\u200f \u202bخمسة\u202c';
    expect(all(t).map((m) => [m.text, m.value])).toEqual([
      ['5', 5],
      ['خمسة', 5],
    ]);
  });

  it('survives lone surrogates with valid offsets', () => {
    const t = '\ud800 7 \udc00خمسة \ud83d\ude00 9\ud800';
    expect(all(t).map((m) => m.value)).toEqual([7, 5, 9]);
  });

  it('keeps the text of digit strings too long for a double', () => {
    const digits = '9'.repeat(400);
    const m = one(`العدد ${digits} كبير`);
    expect(m.text).toBe(digits);
    expect(m.value).toBeUndefined();
    const m2 = one('12345678901234567890');
    expect(m2.value).toBeCloseTo(1.2345678901234567e19, -5);
  });

  it('handles a 1 MB single line', () => {
    const unit = 'وصل نحو 6,000 مهندس و ثلاثة آلاف عامل يوم 2024-12-03 بنسبة 5% ';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const ms = all(text);
    const per = all(unit).length;
    expect(per).toBe(3);
    expect(ms).toHaveLength(per * Math.ceil(1_000_000 / unit.length));
  });

  it('handles pathological repetitions', () => {
    expect(all('و '.repeat(50_000))).toHaveLength(0);
    expect(all('خمسة '.repeat(50_000))).toHaveLength(50_000);
    expect(all('بين '.repeat(50_000) + '3')).toHaveLength(1);
    expect(all('مليون ألف '.repeat(20_000)).length).toBeGreaterThan(0);
    expect(all('1-2-'.repeat(20_000))).toHaveLength(0);
  });

  it('handles mixed Latin, Arabic and digits', () => {
    expect(all('abc 5 def خمسة ghi').map((m) => m.value)).toEqual([5, 5]);
  });
});

describe('numbersToJson', () => {
  it('gives spans, values and kinds', () => {
    const text = 'قتل نحو 12 شخصا و بين 3 و5 في المئة';
    const j = numbersToJson(text);
    expect(j.numbers).toHaveLength(2);
    const [a, b] = j.numbers;
    expect(a).toEqual({ span: [4, 10], text: 'نحو 12', value: 12, qualifier: 'approx', kind: 'cardinal', unit: 'شخصا' });
    expect(b).toMatchObject({ min: 3, max: 5, qualifier: 'between', kind: 'percent', unit: '%' });
    expect(b?.value).toBeUndefined();
    expect(text.slice(b?.span[0], b?.span[1])).toBe(b?.text);
    expect(JSON.parse(JSON.stringify(j))).toEqual(j);
  });
});

describe('scanner progress', () => {
  it('does not hang on a decimal point glued to Latin letters', () => {
    expect(all('تابعوا mk.111 أو x.5y')).toEqual([]);
    expect(all('a.1 b.2 .3').map((m) => m.value)).toEqual([0.3]);
  });
});

describe('random input', () => {
  it('never throws, always moves on and keeps offsets valid', () => {
    const alphabet = ['1', '٢', '۳', '0', '.', ',', '٫', '٬', '،', '-', '/', ':', '+', '%', '٪', '$', ' ', '\n', 'a', 'k', 'و', 'ب', 'ال', 'خمسة', 'عشر', 'ألف', 'آلاف', 'مليون', 'ونصف', 'بين', 'من', 'إلى', 'أكثر', 'نحو', 'الأول', 'ضعف', 'أضعاف', 'بضعة', 'عشرات', 'في', 'المئة', 'فاصلة', '\u064e', '\u0640', '\u200f', '\ud800', '\udc00', '\ufefb'];
    let seed = 12345;
    const rnd = (k: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % k;
    };
    for (let round = 0; round < 300; round++) {
      let t = '';
      const len = 1 + rnd(40);
      for (let k = 0; k < len; k++) t += alphabet[rnd(alphabet.length)];
      all(t);
    }
  });
});
