/** Precision, recall and F1. */
export interface PRF {
  p: number;
  r: number;
  f1: number;
}

/** Pairwise and BCubed scores of a predicted clustering against a gold one. */
export interface ClusterScores {
  pairwise: PRF;
  bcubed: PRF;
  goldPairs: number;
  predPairs: number;
}

function prf(p: number, r: number): PRF {
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/**
 * Pairwise and BCubed precision/recall/F1 of `pred` against `gold`, both as [item, cluster]
 * lists over the same items (items missing from `pred` are ignored). Pairwise P/R are 1 when
 * there are no predicted/gold pairs.
 */
export function clusterScores(gold: ReadonlyArray<readonly [string, string]>, pred: ReadonlyArray<readonly [string, string]>): ClusterScores {
  const g = new Map(gold);
  const p = new Map(pred);
  const items = [...g.keys()].filter((x) => p.has(x));
  let tp = 0;
  let gp = 0;
  let pp = 0;
  let bp = 0;
  let br = 0;
  for (const a of items) {
    let sameG = 0;
    let sameP = 0;
    let both = 0;
    for (const b of items) {
      const sg = g.get(a) === g.get(b);
      const sp = p.get(a) === p.get(b);
      if (sg) sameG++;
      if (sp) sameP++;
      if (sg && sp) both++;
    }
    bp += both / sameP;
    br += both / sameG;
    tp += both - 1;
    gp += sameG - 1;
    pp += sameP - 1;
  }
  const n = Math.max(1, items.length);
  return {
    pairwise: prf(pp === 0 ? 1 : tp / pp, gp === 0 ? 1 : tp / gp),
    bcubed: prf(bp / n, br / n),
    goldPairs: gp / 2,
    predPairs: pp / 2,
  };
}
