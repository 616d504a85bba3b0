import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

const split = (t: string): string[] => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits at Arabic and Latin terminal punctuation', () => {
    expect(split('وصل الوزير يوم الجمعة. هل غادر؟ نعم! انتهى')).toEqual([
      'وصل الوزير يوم الجمعة.',
      'هل غادر؟',
      'نعم!',
      'انتهى',
    ]);
  });
  it('does not split at the Arabic semicolon, colons, decimals or ellipses', () => {
    expect(split('ارتفع السعر إلى 10.5 دولار؛ وقال: ربما... لا أعرف.')).toEqual([
      'ارتفع السعر إلى 10.5 دولار؛ وقال: ربما... لا أعرف.',
    ]);
  });
  it('keeps abbreviations and initials', () => {
    expect(split('قال د. محمد علي إن الوضع هادئ. The U.S. Army and Mr. Smith left. J. K. wrote it.')).toEqual([
      'قال د. محمد علي إن الوضع هادئ.',
      'The U.S. Army and Mr. Smith left.',
      'J. K. wrote it.',
    ]);
    expect(split('حضر أ. خالد الاجتماع.')).toEqual(['حضر أ. خالد الاجتماع.']);
  });
  it('ends a sentence after a year with م.', () => {
    expect(split('ولد عام 1950م. ثم سافر.')).toEqual(['ولد عام 1950م.', 'ثم سافر.']);
  });
  it('does not split inside a short quotation, but after one that ends with a terminal', () => {
    expect(split('قال «لن نتراجع. أبداً» ثم غادر. وبعدها عاد.')).toEqual(['قال «لن نتراجع. أبداً» ثم غادر.', 'وبعدها عاد.']);
    expect(split('قال: «سنعود.» ثم غادر.')).toEqual(['قال: «سنعود.»', 'ثم غادر.']);
    expect(split('He said "Stop. Now" and left.')).toEqual(['He said "Stop. Now" and left.']);
  });
  it('splits inside a long quotation', () => {
    const long = 'كلام طويل جدا. '.repeat(30);
    expect(split(`«${long}»`).length).toBeGreaterThan(10);
  });
  it('treats a heading followed by a blank line as its own sentence', () => {
    expect(split('عنوان الخبر بدون نقطة في آخره على الإطلاق هنا وهناك\n\nوصل الوزير.')).toEqual([
      'عنوان الخبر بدون نقطة في آخره على الإطلاق هنا وهناك',
      'وصل الوزير.',
    ]);
    expect(split('عنوان قصير\nوصل الوزير.')).toEqual(['عنوان قصير', 'وصل الوزير.']);
  });
  it('joins hard-wrapped long lines', () => {
    expect(split('وصل الوزير إلى العاصمة صباح اليوم في زيارة رسمية تستغرق\nثلاثة أيام.')).toEqual([
      'وصل الوزير إلى العاصمة صباح اليوم في زيارة رسمية تستغرق\nثلاثة أيام.',
    ]);
  });
  it('splits bullets and drops their markers', () => {
    expect(split('النقاط:\n• الأولى\n- الثانية\n* الثالثة\n1. الرابعة\n٢) الخامسة')).toEqual([
      'النقاط:',
      'الأولى',
      'الثانية',
      'الثالثة',
      'الرابعة',
      'الخامسة',
    ]);
  });
  it('keeps domains and dotted numbers whole', () => {
    expect(split('زر example.com الآن. الإصدار 2.1.3 متاح.')).toEqual(['زر example.com الآن.', 'الإصدار 2.1.3 متاح.']);
  });
  it('takes closing brackets with the sentence', () => {
    expect(split('(انتهى الاجتماع.) وبدأ آخر.')).toEqual(['(انتهى الاجتماع.)', 'وبدأ آخر.']);
  });
});

describe('splitSentences bad input', () => {
  const inputs = ['', '\u064e\u064f', '...!!!؟؟', '\ud800\udc00\ud800', '\u200f.\u200e\u200f', 'abc١٢٣.عربي xyz! ', '\r\n\r\n'];
  for (const t of inputs) {
    it(`valid spans for ${JSON.stringify(t)}`, () => {
      for (const s of splitSentences(t)) {
        expect(s.start).toBeGreaterThanOrEqual(0);
        expect(s.end).toBeGreaterThan(s.start);
        expect(s.end).toBeLessThanOrEqual(t.length);
      }
    });
  }
  it('yields nothing for punctuation only', () => {
    expect(splitSentences('...!!!؟؟ ،،')).toEqual([]);
  });
  it('cuts a 1 MB single line without punctuation into bounded, ordered spans', () => {
    const t = 'كلمة أخرى، '.repeat(100000);
    const spans = splitSentences(t);
    let prev = 0;
    for (const s of spans) {
      expect(s.end - s.start).toBeLessThanOrEqual(1000);
      expect(s.start).toBeGreaterThanOrEqual(prev);
      prev = s.end;
    }
    expect(spans.length).toBeGreaterThan(1000);
  });
});
