import { nameKey, nameKeyMatches, nameKeyTokens, type NameKeyTable } from '../arabic/nameKey.js';
import { normalizeMatch } from '../arabic/normalize.js';
import { romanize, type RomanizeTable } from '../arabic/romanize.js';
import { GAZ_BIT, gazKey, type Gazetteer } from './gazetteer.js';
import type { EntityType, Mention } from './mentions.js';

/** An alias of an entity with how often it was seen. */
export interface AliasCount {
  readonly text: string;
  readonly count: number;
}

/** A mention of an entity in an article. */
export interface EntityMentionRef {
  readonly articleId: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A relation of an entity to a country given by a nisba in its roles (`الروسي` → روسيا). */
export interface CountryRelation {
  readonly country: string;
  readonly count: number;
}

/** An exported canonical entity. */
export interface EntityJson {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly nameLatin: string;
  readonly aliases: readonly AliasCount[];
  readonly roles: readonly AliasCount[];
  readonly countries: readonly CountryRelation[];
  readonly mentions: readonly EntityMentionRef[];
}

/** Resources the resolver uses (all optional). */
export interface ResolverResources {
  readonly gazetteer?: Gazetteer;
  readonly nameKeyTable?: NameKeyTable;
  readonly romanizeTable?: RomanizeTable;
}

/** Context of an article passed to {@link EntityResolver.add} (reserved; may be empty). */
export interface ArticleContext {
  readonly title?: string;
}

interface Rec {
  id: string;
  type: EntityType;
  aliases: Map<string, number>;
  roles: Map<string, number>;
  countries: Map<string, number>;
  mentions: EntityMentionRef[];
  /** Full-name keys (2+ tokens, or the only form seen). */
  keys: Set<string>;
}

/** The serialised state of a resolver. */
export interface ResolverState {
  readonly version: 1;
  readonly next: number;
  readonly entities: readonly {
    id: string;
    type: EntityType;
    aliases: [string, number][];
    roles: [string, number][];
    countries: [string, number][];
    mentions: EntityMentionRef[];
    keys: string[];
  }[];
}

const PREFIX: Record<EntityType, string> = { PER: 'per', LOC: 'loc', ORG: 'org', MISC: 'misc' };

/**
 * Groups mentions into canonical entities, article by article (incremental):
 *
 * - a name the gazetteer knows as a country or capital is a LOC whatever the tagger said;
 * - a mention whose name key equals a known entity's key of the same type joins it (spelling
 *   variants: أندري/أندريه بيلوسوف, بيونج يانج/بيونغ يانغ); gazetteer variant groups map to one
 *   canonical spelling first;
 * - a one-token person mention (`بيلوسوف`, `كيم`) joins the person of the same article whose
 *   full name contains it (the most salient: most mentions so far in the article, then the most
 *   recent; short names must match letter for letter); a one-token mention of another type contained in a person's full name of the same
 *   article is that person; failing that, the globally most frequent person with that surname
 *   (last token); different full names never
 *   merge (كيم جونغ أون ≠ كيم جونغ إيل);
 * - roles are counted per entity; a nisba in a role (الروسي) becomes a country relation;
 * - the canonical name is the most frequent full form (for persons: of two or more tokens); the Latin name comes from the gazetteer
 *   or the romaniser.
 */
export class EntityResolver {
  readonly #res: ResolverResources;
  #next = 1;
  readonly #byId = new Map<string, Rec>();
  /** `type|key` → entity id, for full-name keys. */
  readonly #byKey = new Map<string, string>();
  /** `type|token key` → entity ids having that token in a full name. */
  readonly #byToken = new Map<string, Set<string>>();

  constructor(resources: ResolverResources = {}) {
    this.#res = resources;
  }

  /** Name keys and Latin names by text (names repeat across articles). */
  readonly #keyMemo = new Map<string, string>();
  readonly #latinMemo = new Map<string, string>();

  readonly #tokensMemo = new Map<string, string[]>();

  /** Name-key tokens of a text (memoised). */
  #tokens(text: string): string[] {
    let t = this.#tokensMemo.get(text);
    if (t === undefined) {
      t = nameKeyTokens(text, this.#res.nameKeyTable);
      if (this.#tokensMemo.size > 200_000) this.#tokensMemo.clear();
      this.#tokensMemo.set(text, t);
    }
    return t;
  }

  #key(text: string): string {
    let k = this.#keyMemo.get(text);
    if (k === undefined) {
      k = nameKey(text, this.#res.nameKeyTable);
      if (this.#keyMemo.size > 200_000) this.#keyMemo.clear();
      this.#keyMemo.set(text, k);
    }
    return k;
  }

  #canonicalText(text: string): string {
    const g = this.#res.gazetteer;
    if (!g) return text;
    return g.canonical.get(gazKey(text)) ?? text;
  }

  #create(type: EntityType): Rec {
    const rec: Rec = { id: `${PREFIX[type]}-${this.#next++}`, type, aliases: new Map(), roles: new Map(), countries: new Map(), mentions: [], keys: new Set() };
    this.#byId.set(rec.id, rec);
    return rec;
  }

  #indexKey(rec: Rec, text: string): void {
    const k = this.#key(this.#canonicalText(text));
    if (k === '') return;
    rec.keys.add(k);
    if (!this.#byKey.has(`${rec.type}|${k}`)) this.#byKey.set(`${rec.type}|${k}`, rec.id);
    for (const t of this.#tokens(text)) {
      const tk = `${rec.type}|${t}`;
      let s = this.#byToken.get(tk);
      if (!s) this.#byToken.set(tk, (s = new Set()));
      s.add(rec.id);
    }
  }

  /**
   * True when the one-token name `short` is a token of the full name `full` (the last token when
   * `surnameOnly`): equal name keys, and for short tokens (under 5 letters, where keys of
   * different names collide: سعد/سعيد) equal match-normalised letters too, the article aside.
   */
  #partOf(short: string, full: string, surnameOnly: boolean): boolean {
    const sk = this.#key(short);
    const bare = (t: string): string => {
      const n = normalizeMatch(t);
      return n.startsWith('ال') && n.length > 4 ? n.slice(2) : n;
    };
    const sn = bare(short.trim());
    const toks = full.split(/\s+/).filter((t) => t !== '');
    const cands = surnameOnly ? toks.slice(-1) : toks;
    return cands.some((t) => this.#key(t) === sk && (sn.length >= 5 || bare(t) === sn));
  }

  /** True when the gazetteer knows the name as a place with an English name (countries, capitals). */
  #knownPlace(text: string): boolean {
    const g = this.#res.gazetteer;
    if (!g) return false;
    const k = gazKey(this.#canonicalText(text));
    return ((g.phraseBits.get(k) ?? 0) & GAZ_BIT.LOC) !== 0 && g.latin.has(k);
  }

  /** A name the gazetteer knows as a country or capital is a LOC. */
  #retype(m: Mention): Mention {
    return m.type !== 'LOC' && this.#knownPlace(m.text) ? { ...m, type: 'LOC' } : m;
  }

  #nisba(role: string): string[] {
    const g = this.#res.gazetteer;
    if (!g) return [];
    const toks = normalizeMatch(role).split(/\s+/).filter((t) => t !== '');
    const out: string[] = [];
    for (let i = 0; i < toks.length; i++) {
      // Two-word nisbas first (الكوري الشمالي), then one word.
      const two = i + 1 < toks.length ? g.nisba.get(`${toks[i]} ${toks[i + 1]}`) : undefined;
      if (two !== undefined) {
        out.push(two);
        i++;
        continue;
      }
      const one = g.nisba.get(toks[i] as string);
      if (one !== undefined) out.push(one);
    }
    return out;
  }

  /**
   * Resolve the mentions of one article; returns the entity id of each mention (same order).
   * Mentions of one article should be given together, in text order.
   */
  add(articleId: string, given: readonly Mention[], context: ArticleContext = {}): string[] {
    let mentions = given;
    void context;
    const ids = new Array<string>(mentions.length).fill('');
    const local = new Map<string, number>(); // entity id → mentions in this article
    const lastSeen = new Map<string, number>();
    const assign = (i: number, rec: Rec): void => {
      const m = mentions[i] as Mention;
      ids[i] = rec.id;
      rec.aliases.set(m.text, (rec.aliases.get(m.text) ?? 0) + 1);
      rec.mentions.push({ articleId, start: m.start, end: m.end, text: m.text });
      for (const r of m.roles ?? []) {
        rec.roles.set(r.text, (rec.roles.get(r.text) ?? 0) + 1);
        for (const c of this.#nisba(r.text)) rec.countries.set(c, (rec.countries.get(c) ?? 0) + 1);
      }
      local.set(rec.id, (local.get(rec.id) ?? 0) + 1);
      lastSeen.set(rec.id, i);
    };
    mentions = mentions.map((m) => this.#retype(m));
    const oneToken = (m: Mention): boolean => this.#tokens(m.text).length === 1;
    // A one-token non-person mention contained in a person's full name of this article is that person (a surname tagged LOC).
    const fullPer = mentions.filter((m) => m.type === 'PER' && !oneToken(m));
    mentions = mentions.map((m) =>
      m.type !== 'PER' && oneToken(m) && !this.#knownPlace(m.text) && this.#key(m.text).length >= 3 && fullPer.some((p) => nameKeyMatches(m.text, p.text, this.#res.nameKeyTable) === 'contained')
        ? { ...m, type: 'PER' }
        : m,
    );
    const isPartial = (m: Mention): boolean => m.type === 'PER' && oneToken(m);
    // Pass 1: full names (and everything that is not a one-token person name).
    mentions.forEach((m, i) => {
      if (isPartial(m)) return;
      const k = this.#key(this.#canonicalText(m.text));
      const hit = this.#byKey.get(`${m.type}|${k}`);
      const rec = hit !== undefined ? (this.#byId.get(hit) as Rec) : this.#create(m.type);
      if (hit === undefined) this.#indexKey(rec, m.text);
      else if (!rec.keys.has(k)) this.#indexKey(rec, m.text);
      assign(i, rec);
    });
    // Pass 2: one-token person names → the most salient containing full name.
    mentions.forEach((m, i) => {
      if (!isPartial(m)) return;
      const k = this.#key(m.text);
      const fits = (r: Rec, surnameOnly: boolean): boolean =>
        [...r.aliases.keys()].some((a) => this.#tokens(a).length >= 2 && this.#partOf(m.text, a, surnameOnly));
      const candidates = [...(this.#byToken.get(`PER|${k}`) ?? [])].map((id) => this.#byId.get(id) as Rec);
      // In this article: any token of a full name (كيم → كيم جونغ أون); elsewhere: the surname only.
      const inArticle = candidates.filter((r) => local.has(r.id) && fits(r, false));
      const pool = inArticle.length > 0 ? inArticle : candidates.filter((r) => fits(r, true));
      const score = (r: Rec): number => (inArticle.length > 0 ? (local.get(r.id) ?? 0) * 1e9 + r.mentions.length * 1e4 + (lastSeen.get(r.id) ?? 0) : r.mentions.length);
      let best: Rec | undefined;
      for (const r of pool) if (!best || score(r) > score(best)) best = r;
      if (!best) {
        const hit = this.#byKey.get(`PER|${k}`);
        best = hit !== undefined ? (this.#byId.get(hit) as Rec) : undefined;
        if (!best) {
          best = this.#create('PER');
          this.#indexKey(best, m.text);
        }
      }
      assign(i, best);
    });
    return ids;
  }

  /** Number of entities. */
  get size(): number {
    return this.#byId.size;
  }

  #canonicalName(rec: Rec): string {
    let best = '';
    let bestScore = -1;
    for (const [text, n] of rec.aliases) {
      const full = this.#tokens(text).length;
      const s = (rec.type === 'PER' && full >= 2 ? 1e9 : 0) + n * 100 + Math.min(full, 9);
      if (s > bestScore) {
        bestScore = s;
        best = text;
      }
    }
    return best;
  }

  #latin(name: string): string {
    let l = this.#latinMemo.get(name);
    if (l === undefined) {
      l = this.#latinUncached(name);
      if (this.#latinMemo.size > 100_000) this.#latinMemo.clear();
      this.#latinMemo.set(name, l);
    }
    return l;
  }

  #latinUncached(name: string): string {
    const g = this.#res.gazetteer;
    const hit = g?.latin.get(gazKey(name)) ?? g?.latin.get(gazKey(this.#canonicalText(name)));
    if (hit !== undefined) return hit;
    return name
      .split(/\s+/)
      .filter((t) => t !== '')
      .map((t) => {
        const direct = g?.latin.get(gazKey(t));
        const r = direct ?? romanize(t, this.#res.romanizeTable);
        return r.charAt(0).toUpperCase() + r.slice(1);
      })
      .join(' ');
  }

  /** One entity in the export shape, or undefined. */
  entity(id: string): EntityJson | undefined {
    const rec = this.#byId.get(id);
    return rec ? this.#toJson(rec) : undefined;
  }

  #toJson(rec: Rec): EntityJson {
    const name = this.#canonicalName(rec);
    const sorted = (m: Map<string, number>): AliasCount[] =>
      [...m].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : 1));
    return {
      id: rec.id,
      type: rec.type,
      name,
      nameLatin: this.#latin(name),
      aliases: sorted(rec.aliases),
      roles: sorted(rec.roles),
      countries: [...rec.countries].map(([country, count]) => ({ country, count })).sort((a, b) => b.count - a.count),
      mentions: rec.mentions.slice(),
    };
  }

  /**
   * Entities matching a query (for `marsad entity <name-or-id>`): the entity with that id, else
   * those with an alias of the same name key, else those with an alias containing it; most
   * mentioned first.
   */
  find(query: string): EntityJson[] {
    const byId = this.#byId.get(query.trim());
    if (byId) return [this.#toJson(byId)];
    const recs = [...this.#byId.values()];
    const t = this.#res.nameKeyTable;
    for (const want of ['same', 'contained'] as const) {
      const hits = recs.filter((r) => [...r.aliases.keys()].some((a) => nameKeyMatches(query, a, t) === want && (want === 'same' || this.#key(query).length <= this.#key(a).length)));
      if (hits.length > 0) return hits.map((r) => this.#toJson(r)).sort((a, b) => b.mentions.length - a.mentions.length);
    }
    return [];
  }

  /** Entities that share articles with `id`, with the number of shared articles, most first. */
  cooccurring(id: string, limit = 20): { id: string; name: string; type: EntityType; articles: number }[] {
    const rec = this.#byId.get(id);
    if (!rec) return [];
    const arts = new Set(rec.mentions.map((m) => m.articleId));
    const out: { id: string; name: string; type: EntityType; articles: number }[] = [];
    for (const other of this.#byId.values()) {
      if (other.id === id) continue;
      const shared = new Set(other.mentions.filter((m) => arts.has(m.articleId)).map((m) => m.articleId)).size;
      if (shared > 0) out.push({ id: other.id, name: this.#canonicalName(other), type: other.type, articles: shared });
    }
    return out.sort((a, b) => b.articles - a.articles || (a.id < b.id ? -1 : 1)).slice(0, limit);
  }

  /** All entities in the export shape, most mentioned first. */
  entities(type?: EntityType): EntityJson[] {
    const out: EntityJson[] = [];
    for (const rec of this.#byId.values()) if (type === undefined || rec.type === type) out.push(this.#toJson(rec));
    return out.sort((a, b) => b.mentions.length - a.mentions.length || (a.id < b.id ? -1 : 1));
  }

  /** The resolver's state as plain JSON (see {@link EntityResolver.fromJSON}). */
  toJSON(): ResolverState {
    return {
      version: 1,
      next: this.#next,
      entities: [...this.#byId.values()].map((r) => ({
        id: r.id,
        type: r.type,
        aliases: [...r.aliases],
        roles: [...r.roles],
        countries: [...r.countries],
        mentions: r.mentions.slice(),
        keys: [...r.keys],
      })),
    };
  }

  /** Rebuild a resolver from {@link EntityResolver.toJSON} output. */
  static fromJSON(state: ResolverState, resources: ResolverResources = {}): EntityResolver {
    const r = new EntityResolver(resources);
    r.#next = state.next;
    for (const e of state.entities) {
      const rec: Rec = {
        id: e.id,
        type: e.type,
        aliases: new Map(e.aliases),
        roles: new Map(e.roles),
        countries: new Map(e.countries),
        mentions: e.mentions.slice(),
        keys: new Set(),
      };
      r.#byId.set(rec.id, rec);
      for (const a of rec.aliases.keys()) if (rec.type !== 'PER' || nameKeyTokens(a, resources.nameKeyTable).length > 1 || rec.aliases.size === 1) r.#indexKey(rec, a);
      for (const k of e.keys) rec.keys.add(k);
    }
    return r;
  }
}
