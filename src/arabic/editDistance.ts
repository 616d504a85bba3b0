/**
 * Levenshtein distance of two strings, or `max + 1` as soon as it must exceed `max` (banded:
 * O(|a| · |b|) at worst, stops early). For comparing name spellings.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}

/** The spelling form of a name for comparing spellings: match-normalised words without the article, joined. */
export function spellingForm(matchNormalised: string): string {
  return matchNormalised
    .split(/\s+/)
    .filter((t) => t !== '')
    .map((t) => (t.startsWith('ال') && t.length > 4 ? t.slice(2) : t))
    .join('');
}

/** True when two spelling forms differ by at most one edit per four letters (at least one). */
export function closeSpellings(a: string, b: string): boolean {
  const max = Math.max(1, Math.floor(Math.min(a.length, b.length) / 4));
  return boundedEditDistance(a, b, max) <= max;
}
