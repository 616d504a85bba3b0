// Regenerates the one Windows-1256 page of the sample corpus from its UTF-8 master.
//
//   node examples/make-cp1256.mjs
//
// Reads  examples/cp1256-source/alrafed-drought-displaced.html (UTF-8 text; its <meta charset>
// already declares windows-1256) and writes examples/sample/alrafed-drought-displaced.html as
// Windows-1256 bytes. The encoder is the reverse of the platform's own decoder
// (`new TextDecoder('windows-1256')` over the bytes 0..255), so no extra package is needed.
// A character that Windows-1256 cannot represent is an error: the master must avoid it.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextDecoder } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const input = join(here, 'cp1256-source', 'alrafed-drought-displaced.html');
const output = join(here, 'sample', 'alrafed-drought-displaced.html');

const decoder = new TextDecoder('windows-1256');
/** @type {Map<string, number>} character -> byte */
const table = new Map();
for (let b = 0; b < 256; b++) {
  const ch = decoder.decode(Uint8Array.of(b));
  if (ch !== '\uFFFD' && !table.has(ch)) table.set(ch, b);
}

const text = readFileSync(input, 'utf8');
const bytes = [];
const missing = new Map();
for (const ch of text) {
  const b = table.get(ch);
  if (b === undefined) missing.set(ch, (missing.get(ch) ?? 0) + 1);
  else bytes.push(b);
}
if (missing.size > 0) {
  const list = [...missing].map(([c, n]) => `U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')} ×${n}`);
  console.error(`not representable in windows-1256: ${list.join(', ')}`);
  process.exit(1);
}
const out = Uint8Array.from(bytes);
// Round trip: decoding the bytes must give the master text back exactly.
if (decoder.decode(out) !== text) {
  console.error('round trip through windows-1256 changed the text');
  process.exit(1);
}
writeFileSync(output, out);
console.log(`wrote ${output} (${out.length} bytes, ${[...text].length} characters)`);
