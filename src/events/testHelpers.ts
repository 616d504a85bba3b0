import { tagTime } from '../time/tagTime.js';
import { analyzeEvents } from './analyzeEvents.js';
import type { EventsAnnotation } from './types.js';

/** Run the extractors on a text with timexes resolved against `ref` (tests only). */
export function analyzeText(text: string, ref = '2025-03-09'): EventsAnnotation {
  return analyzeEvents({ text, timexes: tagTime(text, { ref }), ref });
}
