import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { sharedPath } from '../../src/models/paths.js';

/** One SaudiNewsNet article as stored in the shared zips. */
export interface CorpusArticle {
  /** `url`, or `file#index` when the URL is missing or repeated. */
  id: string;
  url: string;
  source: string;
  title: string;
  content: string;
  /** The zip's day (YYYY-MM-DD): the corpus has no publication date, only extraction time. */
  day: string;
  /** `date_extracted` as ISO 8601. */
  extracted: string;
}

/** The SaudiNewsNet folder in `../shared` (may not exist). */
export function saudiNewsNetDir(): string {
  return sharedPath('data', 'saudinewsnet');
}

/**
 * Read SaudiNewsNet articles from the shared zips, in day order (for scripts, tests and
 * benchmarks only: this module reads files, unlike the rest of `src/stories`). `days` keeps
 * the zips whose day is listed; `limit` stops after that many articles (0 = all).
 */
export function loadSaudiNewsNet(options: { days?: readonly string[]; limit?: number } = {}): CorpusArticle[] {
  const dir = saudiNewsNetDir();
  if (!existsSync(dir)) return [];
  const out: CorpusArticle[] = [];
  const seen = new Set<string>();
  const limit = options.limit ?? 0;
  for (const z of readdirSync(dir).filter((f) => f.endsWith('.zip')).sort()) {
    const day = z.replace(/\.zip$/, '');
    if (options.days && !options.days.includes(day)) continue;
    for (const [name, bytes] of Object.entries(unzipSync(readFileSync(join(dir, z))))) {
      const arr = JSON.parse(strFromU8(bytes)) as Array<Record<string, string | undefined>>;
      arr.forEach((a, i) => {
        if (limit > 0 && out.length >= limit) return;
        const url = a['url'] ?? '';
        const id = url !== '' && !seen.has(url) ? url : `${name}#${i}`;
        seen.add(id);
        out.push({
          id,
          url,
          source: a['source'] ?? '',
          title: a['title'] ?? '',
          content: a['content'] ?? '',
          day,
          extracted: (a['date_extracted'] ?? `${day} 00:00:00`).replace(' ', 'T'),
        });
      });
    }
    if (limit > 0 && out.length >= limit) break;
  }
  return out;
}
