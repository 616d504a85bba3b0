import { tagTime } from './tagTime.js';
import type { TagTimeOptions, Timex } from './types.js';

/** One timex as the `marsad time` command prints it. */
export interface TimexJson {
  span: [number, number];
  text: string;
  type: Timex['type'];
  value: string;
  grain: Timex['grain'];
  begin?: string;
  end?: string;
  anchor: Timex['anchor'];
  inferred: boolean;
}

/** The JSON object of one input line: `{ "timexes": [ … ] }` (`begin`/`end` only for intervals). */
export function timeToObject(text: string, options: TagTimeOptions = {}): { timexes: TimexJson[] } {
  return {
    timexes: tagTime(text, options).map((t) => {
      const o: TimexJson = { span: [t.span[0], t.span[1]], text: t.text, type: t.type, value: t.value, grain: t.grain, anchor: t.anchor, inferred: t.inferred };
      if (t.begin !== undefined) o.begin = t.begin;
      if (t.end !== undefined) o.end = t.end;
      return o;
    }),
  };
}

/** One JSON line for `marsad time` (issue 5 part 5): `{"timexes":[{"span":[s,e],"text",…}]}`. */
export function timeToJson(text: string, options: TagTimeOptions = {}): string {
  return JSON.stringify(timeToObject(text, options));
}
