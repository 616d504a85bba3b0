import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { MarsadError } from '../core/errors.js';
import { nameKey } from '../arabic/nameKey.js';
import { findNumbers } from '../arabic/numbers.js';
import { numbersToJson } from '../arabic/numbersToJson.js';
import { createArabicResources } from '../arabic/resources.js';
import { romanize } from '../arabic/romanize.js';
import { loadArabicLexicon } from '../models/arabicLexicon.js';
import { loadTranslit } from '../models/translit.js';
import { timeToObject } from '../time/timeToJson.js';
import type { Prefer } from '../time/types.js';
import { parse } from './args.js';
import { readStdin } from './stdin.js';
import type { CliContext, Command } from './context.js';

/** Process stdin line by line: each line a JSON object with a `text` field; one JSON line out per line in. */
async function jsonl(ctx: CliContext, fn: (text: string) => unknown): Promise<number> {
  const rl = createInterface({ input: Readable.from(ctx.stdin()), crlfDelay: Infinity });
  let bad = 0;
  let n = 0;
  for await (const line of rl) {
    n++;
    if (line.trim() === '') continue;
    let text: unknown;
    try {
      text = (JSON.parse(line) as { text?: unknown }).text;
    } catch (e) {
      ctx.io.err(`stdin line ${n}: not JSON (${(e as Error).message})`);
      ctx.io.out(JSON.stringify({ error: `line ${n}: not JSON` }));
      bad++;
      continue;
    }
    if (typeof text !== 'string') {
      ctx.io.err(`stdin line ${n}: no string "text" field`);
      ctx.io.out(JSON.stringify({ error: `line ${n}: no string "text" field` }));
      bad++;
      continue;
    }
    ctx.io.out(JSON.stringify(fn(text)));
  }
  return bad > 0 ? 1 : 0;
}

async function inputText(positionals: string[], ctx: CliContext): Promise<string> {
  if (positionals.length > 0) return positionals.join(' ');
  return readStdin(ctx);
}

/** `marsad annotate [TEXT]`: tokens with offsets, normalised form, clitics, stem; numbers; name keys; time. */
export const annotateCommand: Command = {
  name: 'annotate',
  summary: 'show tokens (offsets, normalised form, clitics, stem), numbers, name keys and dates of a text',
  usage: 'marsad annotate [TEXT] [--ref ISO] [--json]   (TEXT from stdin when absent)',
  async run(argv, ctx) {
    const { values, positionals } = parse(argv, { ref: { type: 'string' } });
    const text = await inputText(positionals, ctx);
    const r = createArabicResources(loadArabicLexicon());
    const translit = loadTranslit();
    const tokens = r.tokenizer.tokenize(text).map((t) => {
      const base = {
        start: t.start,
        end: t.end,
        text: t.text,
        kind: t.kind,
        match: r.normalizer.match(t.text),
      };
      if (t.kind !== 'arabic') return base;
      const seg = r.segmenter.segment(t.text);
      return {
        ...base,
        prefixes: seg.prefixes,
        base: seg.base,
        suffixes: seg.suffixes,
        stem: r.stemmer.stem(seg.base),
        lightStem: r.lightStemmer.stem(r.normalizer.match(t.text)),
        term: r.term(t.text),
        nameKey: nameKey(seg.base, translit?.nameKey),
        latin: romanize(seg.base, translit?.romanize),
      };
    });
    const numbers = findNumbers(text);
    const time = timeToObject(text, values.ref !== undefined ? { ref: values.ref } : {}).timexes;
    const sentences = r.tokenizer.sentences(text);
    if (values.json) {
      ctx.io.out(JSON.stringify({ text, sentences, tokens, numbers, time }, null, 2));
      return 0;
    }
    ctx.io.out(`sentences: ${sentences.map((s) => `[${s.start},${s.end})`).join(' ')}`);
    ctx.io.out('tokens:');
    for (const t of tokens) {
      const parts = [`[${t.start},${t.end})`.padEnd(10), t.text.padEnd(14), t.kind.padEnd(7)];
      if ('base' in t) {
        const seg = [...t.prefixes.map((p) => `${p}+`), t.base, ...t.suffixes.map((s) => `+${s}`)].join('');
        parts.push(`match=${t.match}`, `clitics=${seg}`, `stem=${t.stem}`, `key=${t.nameKey}`, `latin=${t.latin}`);
      } else if (t.match !== t.text) parts.push(`match=${t.match}`);
      ctx.io.out(`  ${parts.join(' ')}`);
    }
    if (numbers.length) {
      ctx.io.out('numbers:');
      for (const n of numbers) {
        const v = n.value !== undefined ? String(n.value) : `${n.min}–${n.max}`;
        ctx.io.out(`  [${n.start},${n.end}) ${n.text} → ${v} (${n.kind}, ${n.qualifier}${n.unit ? `, ${n.unit}` : ''})`);
      }
    }
    if (time.length) {
      ctx.io.out(`dates and times${values.ref ? ` (reference ${values.ref})` : ' (no reference: relative ones unresolved; use --ref)'}:`);
      for (const t of time) ctx.io.out(`  [${t.span[0]},${t.span[1]}) ${t.text} → ${t.type} ${t.value} (${t.grain}${t.begin ? `, ${t.begin}…${t.end}` : ''}, anchor ${t.anchor})`);
    }
    return 0;
  },
};

/** `marsad numbers [--jsonl]` */
export const numbersCommand: Command = {
  name: 'numbers',
  summary: 'find numbers (digits, words, ranges, ordinals, qualifiers) in text',
  usage: 'marsad numbers [TEXT] [--jsonl]   (--jsonl: {"text": …} lines on stdin → one JSON line each)',
  async run(argv, ctx) {
    const { values, positionals } = parse(argv, { jsonl: { type: 'boolean', default: false } });
    if (values.jsonl) return jsonl(ctx, (t) => numbersToJson(t));
    const text = await inputText(positionals, ctx);
    ctx.io.out(JSON.stringify(numbersToJson(text), null, values.json ? 0 : 2));
    return 0;
  },
};

/** `marsad time --ref ISO [--prefer past|future|context] [--jsonl]` */
export const timeCommand: Command = {
  name: 'time',
  summary: 'tag and normalise Arabic dates, times, durations and sets',
  usage: 'marsad time [TEXT] --ref ISO [--prefer past|future|context] [--jsonl]',
  async run(argv, ctx) {
    const { values, positionals } = parse(argv, {
      ref: { type: 'string' },
      prefer: { type: 'string' },
      jsonl: { type: 'boolean', default: false },
    });
    const prefer = values.prefer ?? 'context';
    if (!['past', 'future', 'context'].includes(prefer)) throw new MarsadError('USAGE', `--prefer must be past, future or context, got "${prefer}"`);
    if (values.ref !== undefined && Number.isNaN(Date.parse(values.ref.length === 10 ? `${values.ref}T00:00:00Z` : values.ref))) {
      throw new MarsadError('USAGE', `--ref must be an ISO 8601 date or date-time, got "${values.ref}"`);
    }
    const opts = { prefer: prefer as Prefer, ...(values.ref !== undefined ? { ref: values.ref } : {}) };
    if (values.jsonl) return jsonl(ctx, (t) => timeToObject(t, opts));
    const text = await inputText(positionals, ctx);
    ctx.io.out(JSON.stringify(timeToObject(text, opts), null, values.json ? 0 : 2));
    return 0;
  },
};
