import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { captureOutput } from '../src/cli/output.js';
import { tempDir } from './helpers.js';

async function run(args: string[], stdin = ''): Promise<{ code: number; out: string[]; err: string[] }> {
  const io = captureOutput();
  const code = await main(args, { io, cwd: tempDir(), stdin: async function* () { yield stdin; } });
  return { code, out: io.stdout, err: io.stderr };
}

describe('language commands', () => {
  it('numbers --jsonl writes one JSON line per input line, and flags bad lines', async () => {
    const r = await run(['numbers', '--jsonl'], '{"text":"أرسلت أكثر من 10,000 جندي"}\nnot json\n{"text":""}\n');
    expect(r.code).toBe(1);
    expect(r.out).toHaveLength(3);
    const first = JSON.parse(r.out[0]!) as { numbers: { span: [number, number]; value: number; qualifier: string; kind: string }[] };
    expect(first.numbers[0]).toMatchObject({ value: 10000, qualifier: 'more-than', kind: 'cardinal' });
    const [s, e] = first.numbers[0]!.span;
    expect('أرسلت أكثر من 10,000 جندي'.slice(s, e)).toBe('أكثر من 10,000');
    expect(JSON.parse(r.out[1]!)).toHaveProperty('error');
    expect(JSON.parse(r.out[2]!)).toEqual({ numbers: [] });
  });

  it('time resolves relative expressions against --ref with the sentence tense', async () => {
    const r = await run(['time', 'وصل الوزير يوم الجمعة', '--ref', '2024-12-03']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out.join('')) as { timexes: { value: string; type: string; anchor: string }[] };
    expect(doc.timexes[0]).toMatchObject({ type: 'DATE', value: '2024-11-29', anchor: 'publication' });
    const fut = await run(['time', 'سيزور الوزير العاصمة يوم الجمعة', '--ref', '2024-12-03']);
    expect((JSON.parse(fut.out.join('')) as { timexes: { value: string }[] }).timexes[0]!.value).toBe('2024-12-06');
  });

  it('time refuses bad options with exit code 2', async () => {
    expect((await run(['time', 'اليوم', '--prefer', 'sideways'])).code).toBe(2);
    expect((await run(['time', 'اليوم', '--ref', 'yesterday'])).code).toBe(2);
  });

  it('annotate --json gives tokens with offsets, clitics, stems and name keys', async () => {
    const text = 'وبيونغ يانغ والعاصمة';
    const r = await run(['annotate', text, '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out.join('')) as { tokens: { start: number; end: number; text: string; prefixes?: string[]; base?: string; nameKey?: string }[] };
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    const capital = doc.tokens.find((t) => t.text === 'والعاصمة')!;
    expect(capital.prefixes).toEqual(['و', 'ال']);
    expect(capital.base).toBe('عاصمه');
  });
});

describe('NER commands', () => {
  it('tag --conll writes token<TAB>tag in BIO with ANERcorp names, keeping sentence breaks', async () => {
    const r = await run(['tag', '--conll'], 'قال\nالرئيس\nفلاديمير\nبوتين\n\nفي\nموسكو\n');
    expect(r.code).toBe(0);
    const lines = r.out.join('\n').replace(/\n+$/, '').split('\n');
    expect(lines).toHaveLength(7);
    expect(lines[4]).toBe('');
    for (const l of lines.filter((x) => x !== '')) expect(l).toMatch(/^\S+\t(O|[BI]-(PERS|LOC|ORG|MISC))$/);
    expect(lines[3]).toMatch(/\t[BI]-PERS$/);
  });

  it('eval ner refuses a missing file and bad usage', async () => {
    expect((await run(['eval', 'ner', '--data', '/nonexistent/file.txt'])).code).toBe(1);
    expect((await run(['eval', 'ner'])).code).toBe(2);
    expect((await run(['eval', 'pos', '--data', 'x'])).code).toBe(2);
    expect((await run(['tag'])).code).toBe(2);
  });

  it('eval ner scores labelled CoNLL input with exact spans', async () => {
    const dir = tempDir();
    const f = join(dir, 'gold.txt');
    writeFileSync(f, 'قال O\nالرئيس O\nفلاديمير B-PERS\nبوتين I-PERS\nفي O\nموسكو B-LOC\n\n');
    const r = await run(['eval', 'ner', '--data', f, '--json']);
    expect(r.code).toBe(0);
    const e = JSON.parse(r.out.join('')) as { micro: { tp: number; fn: number; f1: number } };
    expect(e.micro.tp + e.micro.fn).toBe(2);
    expect(e.micro.f1).toBeGreaterThanOrEqual(0);
    expect(e.micro.f1).toBeLessThanOrEqual(100);
  });
});
