import { describe, expect, it } from 'vitest';
import { binaryReason, detectKind, sniffKind } from './sniff.js';
import { encodeUtf16, PNG_BYTES } from './testHelpers.js';

const b = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('detectKind', () => {
  it('goes by extension first', () => {
    expect(detectKind('a.TXT', b('{"x":1}'))).toEqual({ kind: 'text', sniffed: false });
    expect(detectKind('a.ndjson', b('{}'))).toEqual({ kind: 'jsonl', sniffed: false });
    expect(detectKind('a.atom', b('<feed/>'))).toEqual({ kind: 'feed', sniffed: false });
    expect(detectKind('dir/a.xhtml', b('x'))).toEqual({ kind: 'html', sniffed: false });
  });

  it('lets zip magic win, except for zip-based documents', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]);
    expect(detectKind('data.bin', zip)).toEqual({ kind: 'zip', sniffed: true });
    expect(detectKind('report.docx', zip).kind).toBe('binary');
  });

  it('sniffs content when the extension is unknown', () => {
    expect(sniffKind(b('  <?xml version="1.0"?>\n<rss version="2.0">'))).toBe('feed');
    expect(sniffKind(b('<feed xmlns="http://www.w3.org/2005/Atom">'))).toBe('feed');
    expect(sniffKind(b('<!DOCTYPE html><html>'))).toBe('html');
    expect(sniffKind(b('\uFEFF[{"title":"x"}]'))).toBe('json');
    expect(sniffKind(encodeUtf16('<rss version="2.0">', true, true))).toBe('feed');
    expect(sniffKind(b('خبر عادي'))).toBe('text');
  });
});

describe('binaryReason', () => {
  it('names known magic numbers and NUL bytes, and passes text', () => {
    expect(binaryReason(PNG_BYTES)?.reason).toMatch(/^PNG image/);
    expect(binaryReason(b('%PDF-1.7 ...'))?.reason).toMatch(/^PDF/);
    expect(binaryReason(new Uint8Array([0x1f, 0x8b, 8, 0]))?.reason).toMatch(/^gzip/);
    expect(binaryReason(new Uint8Array([0x41, 0x42, 0x00]))).toEqual({ reason: 'NUL byte at offset 2', nul: true });
    expect(binaryReason(b('نص عربي عادي\n'))).toBeUndefined();
  });
});
