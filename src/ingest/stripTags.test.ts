import { describe, expect, it } from 'vitest';
import { decodeEntities } from './entities.js';
import { stripTags } from './stripTags.js';

describe('stripTags', () => {
  it('turns blocks into lines, drops scripts and comments, decodes references', () => {
    const html = '<div><h2>عنوان</h2><script>var x = "<p>";</script><!-- تعليق --><p>السطر&nbsp;الأول<br>السطر &amp; الثاني</p></div>';
    expect(stripTags(html)).toBe('عنوان\nالسطر الأول\nالسطر & الثاني');
  });
  it('leaves plain text alone except for trimming', () => {
    expect(stripTags('  نص بلا وسوم  ')).toBe('نص بلا وسوم');
  });
});

describe('decodeEntities', () => {
  it('decodes numeric and common named references and keeps unknown ones', () => {
    expect(decodeEntities('&#1575;&#x644; &laquo;x&raquo; &unknown; &amp;amp;')).toBe('ال «x» &unknown; &amp;');
  });
});
