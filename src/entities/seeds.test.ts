import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nameKeyMatches } from '../arabic/nameKey.js';
import { createArabicResources } from '../arabic/resources.js';
import { tokensStage } from '../arabic/tokensStage.js';
import type { Article } from '../core/article.js';
import { buildPipeline } from '../core/pipeline.js';
import { loadArabicLexicon } from '../models/arabicLexicon.js';
import { loadGazetteer } from '../models/gazetteer.js';
import { loadNer, NER_MODEL_FILE } from '../models/ner.js';
import { modelPath, sharedPath } from '../models/paths.js';
import { loadTranslit } from '../models/translit.js';
import { entitiesStage } from './entitiesStage.js';
import type { Mention } from './mentions.js';
import { EntityResolver } from './resolver.js';

const seeds = sharedPath('seeds');
const ready = existsSync(seeds) && existsSync(modelPath(NER_MODEL_FILE));
if (!ready) console.log(`entities seeds test skipped: needs ${seeds} and models/${NER_MODEL_FILE}`);

const article = (text: string): Article => ({
  raw: { source: 'seed', kind: 'text', bytes: new Uint8Array(), encoding: 'utf-8', sha256: 'x', fields: {}, decoded: text },
  text,
  meta: {},
  annotations: {},
  messages: [],
});

describe.skipIf(!ready)('entities on the seeds (raw text as clean text)', () => {
  const lexicon = loadArabicLexicon();
  const arabic = createArabicResources(lexicon);
  const ner = loadNer({ arabic, lexicon });
  const translit = loadTranslit();
  const gazetteer = loadGazetteer();
  const resolver = new EntityResolver({
    gazetteer,
    ...(translit ? { nameKeyTable: translit.nameKey, romanizeTable: translit.romanize } : {}),
  });
  const pipeline = buildPipeline([tokensStage(undefined), entitiesStage(undefined)]);
  const all: { mention: Mention; id: string }[] = [];
  for (const f of (existsSync(seeds) ? readdirSync(seeds) : []).filter((n) => n.endsWith('.txt')).sort()) {
    const text = readFileSync(join(seeds, f), 'utf8');
    const out = pipeline.run(article(text), ner ? { arabic, ner, gazetteer } : { arabic, gazetteer }).article;
    const mentions = out.annotations.entities?.mentions ?? [];
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    resolver.add(f, mentions).forEach((id, i) => all.push({ mention: mentions[i] as Mention, id }));
  }
  /** Entity ids of the mentions spelled like `name` (same name key). */
  const idsOf = (name: string): Set<string> => new Set(all.filter((x) => nameKeyMatches(x.mention.text, name) === 'same').map((x) => x.id));

  it('finds mentions with keys and types', () => {
    expect(all.length).toBeGreaterThan(20);
    expect(all.every((x) => x.mention.key !== '' && ['PER', 'LOC', 'ORG', 'MISC'].includes(x.mention.type))).toBe(true);
  });
  it('puts the spellings of the Russian defence minister into one entity', () => {
    for (const n of ['أندريه بيلوسوف', 'أندري بيلوسوف', 'بيلوسوف']) expect(idsOf(n).size).toBeGreaterThan(0);
    const ids = new Set([...idsOf('أندريه بيلوسوف'), ...idsOf('أندري بيلوسوف'), ...idsOf('بيلوسوف')]);
    expect(ids.size).toBe(1);
    const e = resolver.entity([...ids][0] as string);
    expect(e?.aliases.length).toBeGreaterThanOrEqual(2);
  });
  it('puts the spellings of Pyongyang into one entity', () => {
    expect(idsOf('بيونغ يانغ').size).toBeGreaterThan(0);
    expect(idsOf('بيونج يانج').size).toBeGreaterThan(0);
    const ids = new Set([...idsOf('بيونغ يانغ'), ...idsOf('بيونج يانج')]);
    expect(ids.size).toBe(1);
  });
  it('keeps Kim Jong Un and Kim Jong Il apart, Lavrov and Shoigu apart, North and South Korea apart', () => {
    const pairs: [string, string][] = [
      ['كيم جونغ أون', 'كيم جونغ إيل'],
      ['سيرغي لافروف', 'سيرغي شويغو'],
      ['كوريا الشمالية', 'كوريا الجنوبية'],
    ];
    for (const [a, b] of pairs) {
      const ia = idsOf(a);
      const ib = idsOf(b);
      expect(ia.size).toBeGreaterThan(0);
      expect(ib.size).toBeGreaterThan(0);
      for (const id of ia) expect(ib.has(id)).toBe(false);
    }
    expect(idsOf('كيم جونغ أون').size).toBeGreaterThan(0);
    expect(idsOf('كوريا الشمالية').size).toBe(1);
  });
});
