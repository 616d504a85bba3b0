/** An entity span in a tagged sentence: tokens `[start, end)` of one type. */
export interface TagSpan {
  readonly start: number;
  readonly end: number;
  readonly type: string;
}

/**
 * Spans of a BIO tag sequence, CoNLL style: a span starts at `B-X`, or at `I-X` that does not
 * continue a span of type X, and runs over the following `I-X` tags.
 */
export function bioSpans(tags: readonly string[]): TagSpan[] {
  const out: TagSpan[] = [];
  let start = -1;
  let type = '';
  for (let i = 0; i <= tags.length; i++) {
    const t = i < tags.length ? (tags[i] as string) : 'O';
    const dash = t.indexOf('-');
    const prefix = dash > 0 ? t.slice(0, dash) : t;
    const ty = dash > 0 ? t.slice(dash + 1) : '';
    const continues = prefix === 'I' && ty === type && start >= 0;
    if (!continues) {
      if (start >= 0) out.push({ start, end: i, type });
      start = -1;
      type = '';
      if ((prefix === 'B' || prefix === 'I') && ty !== '') {
        start = i;
        type = ty;
      }
    }
  }
  return out;
}

/** Precision, recall, F1 (0..100) with counts. */
export interface Prf {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** Result of {@link evaluateNer}. */
export interface NerEvaluation {
  /** Per entity type. */
  readonly byType: Readonly<Record<string, Prf>>;
  readonly micro: Prf;
  /**
   * `confusion[gold][pred]`: counts of gold spans whose exact span was predicted with another
   * type (`pred` a type), not predicted at all (`pred` = `MISSED`), plus predicted spans with no
   * gold span at that exact place (`gold` = `SPURIOUS`).
   */
  readonly confusion: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly sentences: number;
  readonly tokens: number;
  /** Token-level accuracy (0..100). */
  readonly tokenAccuracy: number;
}

function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp > 0 ? (100 * tp) / (tp + fp) : 0;
  const recall = tp + fn > 0 ? (100 * tp) / (tp + fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

/**
 * Exact-span evaluation (CoNLL style) of predicted tag sequences against gold ones, sentence by
 * sentence. Sentences of different lengths are compared over the shorter length.
 */
export function evaluateNer(gold: readonly (readonly string[])[], pred: readonly (readonly string[])[]): NerEvaluation {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const confusion: Record<string, Record<string, number>> = {};
  const bump = (g: string, p: string): void => {
    const row = (confusion[g] ??= {});
    row[p] = (row[p] ?? 0) + 1;
  };
  const get = (t: string): { tp: number; fp: number; fn: number } => {
    let c = counts.get(t);
    if (!c) counts.set(t, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  let tokens = 0;
  let correct = 0;
  const n = Math.min(gold.length, pred.length);
  for (let s = 0; s < n; s++) {
    const len = Math.min((gold[s] as readonly string[]).length, (pred[s] as readonly string[]).length);
    const g = (gold[s] as readonly string[]).slice(0, len);
    const p = (pred[s] as readonly string[]).slice(0, len);
    for (let i = 0; i < len; i++) {
      tokens++;
      if (g[i] === p[i]) correct++;
    }
    const gs = bioSpans(g);
    const ps = bioSpans(p);
    const pAt = new Map(ps.map((x) => [`${x.start}:${x.end}`, x.type]));
    const gAt = new Map(gs.map((x) => [`${x.start}:${x.end}`, x.type]));
    for (const x of gs) {
      const pt = pAt.get(`${x.start}:${x.end}`);
      if (pt === x.type) get(x.type).tp++;
      else {
        get(x.type).fn++;
        bump(x.type, pt ?? 'MISSED');
      }
    }
    for (const x of ps) {
      const gt = gAt.get(`${x.start}:${x.end}`);
      if (gt !== x.type) get(x.type).fp++;
      if (gt === undefined) bump('SPURIOUS', x.type);
    }
  }
  const byType: Record<string, Prf> = {};
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const t of [...counts.keys()].sort()) {
    const c = counts.get(t) as { tp: number; fp: number; fn: number };
    byType[t] = prf(c.tp, c.fp, c.fn);
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  return { byType, micro: prf(tp, fp, fn), confusion, sentences: n, tokens, tokenAccuracy: tokens > 0 ? (100 * correct) / tokens : 0 };
}

/** A plain-text table of an evaluation: per type and micro P/R/F1, then the confusion counts. */
export function formatNerEvaluation(e: NerEvaluation): string {
  const f = (x: number): string => x.toFixed(2).padStart(6);
  const lines = [`${'type'.padEnd(8)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'gold'.padStart(6)} ${'pred'.padStart(6)}`];
  const row = (name: string, p: Prf): string =>
    `${name.padEnd(8)} ${f(p.precision)} ${f(p.recall)} ${f(p.f1)} ${String(p.tp + p.fn).padStart(6)} ${String(p.tp + p.fp).padStart(6)}`;
  for (const [t, p] of Object.entries(e.byType)) lines.push(row(t, p));
  lines.push(row('micro', e.micro));
  lines.push(`sentences ${e.sentences}, tokens ${e.tokens}, token accuracy ${e.tokenAccuracy.toFixed(2)}`);
  const cols = [...new Set(Object.values(e.confusion).flatMap((r) => Object.keys(r)))].sort();
  if (cols.length > 0) {
    lines.push('', 'confusion (gold row → predicted column; exact spans only):');
    lines.push(`${''.padEnd(9)}${cols.map((c) => c.padStart(9)).join('')}`);
    for (const g of Object.keys(e.confusion).sort()) {
      const r = e.confusion[g] as Record<string, number>;
      lines.push(`${g.padEnd(9)}${cols.map((c) => String(r[c] ?? 0).padStart(9)).join('')}`);
    }
  }
  return lines.join('\n');
}
