import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MarsadError } from '../core/errors.js';
import { defaultArabicResources } from '../engine/defaultEngine.js';
import { evaluateConllText, tagConllText } from '../entities/nerCli.js';
import { loadNer } from '../models/ner.js';
import { parse } from './args.js';
import { readStdin } from './stdin.js';
import type { CliContext, Command } from './context.js';

function model(ctx: CliContext) {
  const m = loadNer({ arabic: defaultArabicResources() });
  if (!m) {
    ctx.io.err('the NER model is missing (models/ner.bin.gz); build it with npm run train:ner');
    return undefined;
  }
  return m;
}

/** `marsad tag --conll < tokens.txt`: one token per line in, `token<TAB>tag` (BIO, ANERcorp names) out. */
export const tagCommand: Command = {
  name: 'tag',
  summary: 'named-entity tags for tokens (CoNLL: one token per line, blank line between sentences)',
  usage: 'marsad tag --conll < tokens.txt',
  async run(argv, ctx) {
    const { values } = parse(argv, { conll: { type: 'boolean', default: false } }, false);
    if (!values.conll) throw new MarsadError('USAGE', 'tag reads CoNLL input: pass --conll');
    const m = model(ctx);
    if (!m) return 1;
    const out = tagConllText(await readStdin(ctx), m);
    if (out !== '') ctx.io.out(out);
    return 0;
  },
};

/** `marsad eval ner --data FILE`: per-type and micro precision/recall/F1, exact spans. */
export const evalCommand: Command = {
  name: 'eval',
  summary: 'evaluate a component on labelled data (eval ner --data FILE)',
  usage: 'marsad eval ner --data FILE [--json]',
  async run(argv, ctx) {
    const { values, positionals } = parse(argv, { data: { type: 'string' } });
    if (positionals[0] !== 'ner') throw new MarsadError('USAGE', 'eval supports: ner');
    if (!values.data) throw new MarsadError('USAGE', 'eval ner needs --data FILE (CoNLL: token TAG per line)');
    let text: string;
    try {
      text = readFileSync(resolve(ctx.cwd, values.data), 'utf8');
    } catch (e) {
      ctx.io.err(`${values.data}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      return 1;
    }
    const m = model(ctx);
    if (!m) return 1;
    const { evaluation, report } = evaluateConllText(text, m);
    ctx.io.out(values.json ? JSON.stringify(evaluation, null, 2) : report);
    return 0;
  },
};
