import { describe, expect, it } from 'vitest';
import { decodeBytes, isDecoded, type Decoded } from './decode.js';
import { encodeSingleByte, encodeUtf16, PNG_BYTES } from './testHelpers.js';

const ARABIC = 'وصل الوزير إلى المدينة صباح الجمعة، وقال إن الاجتماع سيعقد في الأسبوع المقبل.\nثم غادر إلى العاصمة.';
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const cat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

function decoded(bytes: Uint8Array, hint?: string, label?: string): Decoded {
  const r = decodeBytes(bytes, hint, label);
  if (!isDecoded(r)) throw new Error(`expected text, got binary: ${r.reason}`);
  return r;
}

describe('decodeBytes: Unicode', () => {
  it('decodes UTF-8 without a BOM, with no messages', () => {
    const r = decoded(utf8(ARABIC));
    expect(r).toEqual({ text: ARABIC, encoding: 'utf-8', messages: [] });
  });

  it('removes a UTF-8 BOM', () => {
    const r = decoded(cat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(ARABIC)));
    expect(r.text).toBe(ARABIC);
    expect(r.encoding).toBe('utf-8');
  });

  it.each([
    ['utf-16le', true],
    ['utf-16be', false],
  ] as const)('decodes %s with a BOM', (enc, le) => {
    const r = decoded(encodeUtf16(ARABIC, le, true));
    expect(r.text).toBe(ARABIC);
    expect(r.encoding).toBe(enc);
    expect(r.messages).toEqual([]);
  });

  it.each([
    ['utf-16le', true],
    ['utf-16be', false],
  ] as const)('detects BOM-less %s from the byte pattern', (enc, le) => {
    const r = decoded(encodeUtf16(`Title: ${ARABIC}`, le, false));
    expect(r.text).toBe(`Title: ${ARABIC}`);
    expect(r.encoding).toBe(enc);
    expect(r.messages.map((m) => m.code)).toEqual(['ENC_DETECTED']);
  });

  it('replaces a lone surrogate in UTF-16 and reports it', () => {
    const bytes = cat(encodeUtf16('نص', true, true), new Uint8Array([0x00, 0xd8]), encodeUtf16(' آخر', true, false));
    const r = decoded(bytes, undefined, 'a.txt');
    expect(r.text).toBe('نص\uFFFD آخر');
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]!.code).toBe('ENC_INVALID_BYTES');
    expect(r.messages[0]!.text).toContain('byte offset 6');
  });
});

describe('decodeBytes: invalid UTF-8', () => {
  it('keeps UTF-8 when the file is cut in the middle of a character, naming the offset and count', () => {
    // ARABIC ends with 'ة.': drop the full stop and the last byte of the two-byte 'ة'.
    const whole = utf8(ARABIC.slice(0, -1));
    const bytes = whole.subarray(0, whole.length - 1);
    const r = decoded(bytes, undefined, 'cut.txt');
    expect(r.encoding).toBe('utf-8');
    expect(r.text.endsWith('\uFFFD')).toBe(true);
    expect(r.text.slice(0, -1)).toBe(ARABIC.slice(0, -2));
    expect(r.messages).toHaveLength(1);
    const m = r.messages[0]!;
    expect(m.code).toBe('ENC_INVALID_BYTES');
    expect(m.severity).toBe('warning');
    expect(m.text).toContain('cut.txt');
    expect(m.text).toContain('1 invalid byte sequence');
    expect(m.text).toContain(`byte offset ${bytes.length - 1}`);
  });

  it('counts several invalid sequences in the middle, as the decoder replaces them', () => {
    const a = utf8('الخبر الأول ');
    const bad = new Uint8Array([0xff, 0xc3, 0x28, 0xe2, 0x82]);
    const b = utf8(' والخبر الثاني والثالث والرابع والخامس والسادس والسابع');
    const bytes = cat(a, bad, b);
    const r = decoded(bytes, undefined, 'mixed.txt');
    const expected = new TextDecoder().decode(bytes);
    expect(r.text).toBe(expected);
    const replacements = [...expected].filter((c) => c === '\uFFFD').length;
    expect(r.messages[0]!.text).toContain(`${replacements} invalid byte sequences`);
    expect(r.messages[0]!.text).toContain(`byte offset ${a.length}`);
  });

  it.each([5, 10, 40])('keeps UTF-8 for Arabic with an invalid byte every %i bytes', (every) => {
    const good = utf8(`${ARABIC} `.repeat(3));
    const out: number[] = [];
    good.forEach((b, i) => {
      out.push(b);
      if (i % every === 0) out.push(0xff);
    });
    const r = decoded(new Uint8Array(out));
    expect(r.encoding).toBe('utf-8');
    expect(r.messages.map((m) => m.code)).toEqual(['ENC_INVALID_BYTES']);
    expect(r.text.replace(/\uFFFD/g, '')).not.toBe('');
  });

  it('never throws on arbitrary bytes', () => {
    let seed = 12345;
    const rand = (): number => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed >>> 16;
    };
    for (let n = 0; n < 200; n++) {
      const bytes = new Uint8Array(1 + (rand() % 300)).map(() => rand() & 0xff);
      const r = decodeBytes(bytes);
      if (isDecoded(r)) expect(typeof r.text).toBe('string');
      else expect(r.reason).not.toBe('');
    }
  });
});

describe('decodeBytes: legacy Arabic encodings', () => {
  it('detects Windows-1256 and decodes the right Arabic text', () => {
    const bytes = encodeSingleByte(ARABIC, 'windows-1256');
    const r = decoded(bytes, undefined, 'old.txt');
    expect(r.encoding).toBe('windows-1256');
    expect(r.text).toBe(ARABIC);
    expect(r.messages.map((m) => m.code)).toEqual(['ENC_DETECTED']);
  });

  it('detects ISO-8859-6 and decodes the right Arabic text', () => {
    const text = 'وصل الوزير الى المدينة صباح الجمعة، وقال ان الاجتماع سيعقد في الاسبوع المقبل.';
    const bytes = encodeSingleByte(text, 'iso-8859-6');
    const r = decoded(bytes);
    expect(r.encoding).toBe('iso-8859-6');
    expect(r.text).toBe(text);
  });

  it('detects Windows-1256 even with many letter+comma pairs that happen to be valid UTF-8', () => {
    const text = 'زار الوفد جدة، ومكة، والطائف، وأبها، وتبوك، وحائل، ثم عاد إلى الرياض؛ أليس كذلك؟';
    const bytes = encodeSingleByte(text, 'windows-1256');
    const r = decoded(bytes);
    expect(r.encoding).toBe('windows-1256');
    expect(r.text).toBe(text);
  });

  it('detects Windows-1256 in a short headline too', () => {
    const text = 'أمطار غزيرة في جدة';
    const r = decoded(encodeSingleByte(text, 'windows-1256'));
    expect(r.encoding).toBe('windows-1256');
    expect(r.text).toBe(text);
  });

  it('honours a declared charset', () => {
    const r = decoded(encodeSingleByte(ARABIC, 'windows-1256'), 'cp1256');
    expect(r).toEqual({ text: ARABIC, encoding: 'windows-1256', messages: [] });
  });

  it('uses UTF-8 when a legacy charset is declared but the bytes are UTF-8', () => {
    const r = decoded(utf8(ARABIC), 'windows-1256', 'page.html');
    expect(r.text).toBe(ARABIC);
    expect(r.encoding).toBe('utf-8');
    expect(r.messages.map((m) => m.code)).toEqual(['ENC_DECLARED_MISMATCH']);
  });

  it('reads Arabic declared as ISO-8859-1 as Windows-1256', () => {
    const r = decoded(encodeSingleByte(ARABIC, 'windows-1256'), 'iso-8859-1');
    expect(r.text).toBe(ARABIC);
    expect(r.encoding).toBe('windows-1256');
    expect(r.messages.map((m) => m.code)).toEqual(['ENC_DECLARED_MISMATCH']);
  });

  it('detects the encoding when the declared charset is unknown', () => {
    const r = decoded(utf8(ARABIC), 'no-such-charset');
    expect(r.text).toBe(ARABIC);
    expect(r.messages.map((m) => m.code)).toEqual(['ENC_UNKNOWN_CHARSET']);
  });

  it('detects Windows-1256 when UTF-8 is declared but the bytes are not', () => {
    const r = decoded(encodeSingleByte(ARABIC, 'windows-1256'), 'utf-8');
    expect(r.text).toBe(ARABIC);
    expect(r.messages.map((m) => m.code)).toContain('ENC_DECLARED_MISMATCH');
  });
});

describe('decodeBytes: binary', () => {
  it('refuses a PNG', () => {
    const r = decodeBytes(PNG_BYTES);
    expect(isDecoded(r)).toBe(false);
    if (!isDecoded(r)) expect(r.reason).toContain('PNG');
  });

  it('refuses bytes with NULs that are not UTF-16', () => {
    const r = decodeBytes(new Uint8Array([0x41, 0x00, 0x00, 0x00, 0x42, 0x43, 0x00, 0x01, 0x02, 0x44]));
    expect(isDecoded(r)).toBe(false);
    if (!isDecoded(r)) expect(r.reason).toContain('NUL byte at offset 1');
  });

  it('refuses mostly control bytes', () => {
    const r = decodeBytes(new Uint8Array(64).map((_, i) => (i % 3 === 0 ? 0x41 : 0x02)));
    expect(isDecoded(r)).toBe(false);
  });
});
