import { findNumbers, type FindNumbersOptions } from './numbers.js';

/** One number in the `marsad numbers --jsonl` output. */
export interface NumberJson {
  /** `[start, end)` UTF-16 offsets into the input text. */
  span: [number, number];
  text: string;
  value?: number;
  min?: number;
  max?: number;
  qualifier: string;
  kind: string;
  unit?: string;
}

/**
 * The numbers of a text as the JSON object `marsad numbers --jsonl` writes per input line:
 * `{ "numbers": [ { "span": [start, end], "text", "value" | "min"/"max", "qualifier", "kind", "unit"? } ] }`.
 * Never throws on any string.
 */
export function numbersToJson(text: string, options?: FindNumbersOptions): { numbers: NumberJson[] } {
  return {
    numbers: findNumbers(text, options).map((m) => {
      const o: NumberJson = { span: [m.start, m.end], text: m.text, qualifier: m.qualifier, kind: m.kind };
      if (m.value !== undefined) o.value = m.value;
      if (m.min !== undefined) o.min = m.min;
      if (m.max !== undefined) o.max = m.max;
      if (m.unit !== undefined) o.unit = m.unit;
      return o;
    }),
  };
}
