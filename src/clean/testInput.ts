import type { InputKind, RawFields, RawInput } from '../core/article.js';

/** Build a {@link RawInput} for tests and scripts (no bytes, no hash). */
export function rawOf(decoded: string, kind: InputKind = 'text', fields: RawFields = {}, source = 'test'): RawInput {
  return { source, kind, bytes: new Uint8Array(), encoding: 'utf-8', sha256: '', fields, decoded };
}
