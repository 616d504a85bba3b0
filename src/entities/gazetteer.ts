import { normalizeMatch } from '../arabic/normalize.js';

/** Entity types of the gazetteer (ANERcorp names). */
export type GazType = 'PERS' | 'LOC' | 'ORG' | 'MISC';

/** Bit of a type in {@link Gazetteer.phraseBits}. */
export const GAZ_BIT: Readonly<Record<GazType, number>> = { PERS: 1, LOC: 2, ORG: 4, MISC: 8 };
/** Bit for a person-name token known from transliteration data (Wikidata). */
export const GAZ_NAME_TOKEN = 16;

/** One gazetteer row. */
export interface GazetteerRow {
  /** `PERS`, `LOC`, `ORG`, `MISC`, `PTOK` (person-name token) or `NISBA` (nisba → country). */
  readonly kind: string;
  /** Arabic name as written in the source. */
  readonly name: string;
  /** Latin name when known ('' otherwise). */
  readonly latin: string;
  /** Variant group id (rows with the same group are spellings of one name); 0 = none. */
  readonly group: number;
}

/** The loaded gazetteer: phrase lookup for NER features and resolution, Latin names, nisbas. */
export interface Gazetteer {
  /** Type bits of a match-normalised phrase (tokens joined by one space). */
  readonly phraseBits: ReadonlyMap<string, number>;
  /** The longest phrase in tokens. */
  readonly maxTokens: number;
  /** Latin display name of a match-normalised phrase. */
  readonly latin: ReadonlyMap<string, string>;
  /** Canonical spelling of a match-normalised phrase's variant group. */
  readonly canonical: ReadonlyMap<string, string>;
  /** Country (canonical Arabic name) of a match-normalised nisba (masculine and feminine). */
  readonly nisba: ReadonlyMap<string, string>;
}

/** Match-normalise a phrase and join its tokens with single spaces. */
export function gazKey(phrase: string): string {
  return normalizeMatch(phrase).split(/\s+/).filter((t) => t !== '').join(' ');
}

/**
 * Serialise rows as TSV (`kind<TAB>name<TAB>latin<TAB>group<TAB>key`), the last column being the
 * row's {@link gazKey}, so that loading needs no normalisation.
 */
export function serializeGazetteer(rows: readonly GazetteerRow[]): string {
  return rows.map((r) => `${r.kind}\t${r.name.replace(/[\t\n]/g, ' ')}\t${r.latin.replace(/[\t\n]/g, ' ')}\t${r.group}\t${gazKey(r.name)}`).join('\n') + '\n';
}

/** Parse the TSV written by {@link serializeGazetteer} into lookup tables. Bad lines are skipped. */
export function parseGazetteer(text: string): Gazetteer {
  const phraseBits = new Map<string, number>();
  const latin = new Map<string, string>();
  const canonical = new Map<string, string>();
  const nisba = new Map<string, string>();
  const groupFirst = new Map<number, string>();
  let maxTokens = 1;
  for (const line of text.split('\n')) {
    const f = line.split('\t');
    if (f.length < 4) continue;
    const [kind, name, lat, g] = f as [string, string, string, string];
    const key = f[4] ?? gazKey(name);
    if (key === '') continue;
    if (kind === 'NISBA') {
      nisba.set(key, lat);
      const fem = key.endsWith('ي') ? `${key}ه` : key;
      nisba.set(fem, lat);
      continue;
    }
    const bit = kind === 'PTOK' ? GAZ_NAME_TOKEN : (GAZ_BIT as Record<string, number>)[kind];
    if (bit === undefined) continue;
    phraseBits.set(key, (phraseBits.get(key) ?? 0) | bit);
    if (lat !== '' && !latin.has(key)) latin.set(key, lat);
    const group = Number(g);
    // Variant groups are used for canonical spellings only when the rows carry an English name
    // (the country list); ANERGazet's groups are too noisy to merge on.
    if (group > 0 && lat !== '') {
      const first = groupFirst.get(group);
      if (first === undefined) groupFirst.set(group, name);
      else canonical.set(key, first);
    }
    const n = key.split(' ').length;
    if (n > maxTokens && n <= 8) maxTokens = n;
  }
  return { phraseBits, maxTokens, latin, canonical, nisba };
}

/** An empty gazetteer (for tests and when the file is missing). */
export function emptyGazetteer(): Gazetteer {
  return { phraseBits: new Map(), maxTokens: 1, latin: new Map(), canonical: new Map(), nisba: new Map() };
}
