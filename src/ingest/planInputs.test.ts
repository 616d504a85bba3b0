import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isReadableName, planInputs } from './planInputs.js';
import { tempDir } from './testHelpers.js';

let dir = '';
let cleanup = (): void => {};
const put = (rel: string, text = 'نص'): string => {
  const p = join(dir, rel);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, text);
  return p;
};

beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  put('corpus/b.txt');
  put('corpus/a.json', '[]');
  put('corpus/sub/c.html', '<html></html>');
  put('corpus/sub/d.zip', 'x');
  put('corpus/README.md', '# readme');
  put('corpus/logo.png', 'x');
  put('corpus/.git/config', 'x');
  put('corpus/.hidden.txt', 'x');
  put('corpus/node_modules/pkg/x.txt', 'x');
  put('corpus/noext', 'نص');
  mkdirSync(join(dir, 'empty'));
  put('others/readme.md');
  put('others/pic.jpg');
  symlinkSync(join(dir, 'corpus'), join(dir, 'corpus', 'sub', 'loop'));
});
afterAll(() => cleanup());

describe('planInputs', () => {
  it('walks a directory recursively in sorted order, skipping hidden entries, node_modules and other kinds', async () => {
    const plan = await planInputs([join(dir, 'corpus')]);
    expect(plan.failures).toEqual([]);
    expect(plan.files.map((f) => relative(dir, f.path))).toEqual([
      'corpus/a.json',
      'corpus/b.txt',
      'corpus/noext',
      'corpus/sub/c.html',
      'corpus/sub/d.zip',
    ]);
    expect(plan.files.find((f) => f.path.endsWith('b.txt'))!.size).toBe(Buffer.byteLength('نص'));
    expect(plan.skipped.map((p) => relative(dir, p)).sort()).toEqual(['corpus/README.md', 'corpus/logo.png']);
  });

  it('keeps the path form given: the directory joined with the relative path', async () => {
    const plan = await planInputs([`${join(dir, 'corpus')}/`]);
    expect(plan.files[0]!.path).toBe(join(dir, 'corpus', 'a.json'));
  });

  it('reports a path that does not exist, and plans the others', async () => {
    const missing = join(dir, 'nope', 'x.txt');
    const plan = await planInputs([missing, join(dir, 'corpus', 'b.txt')]);
    expect(plan.files.map((f) => f.path)).toEqual([join(dir, 'corpus', 'b.txt')]);
    expect(plan.failures).toEqual([{ source: missing, code: 'NOT_FOUND', text: `${missing}: no such file or directory` }]);
  });

  it('reports an empty directory and a directory with no readable files, naming them', async () => {
    const plan = await planInputs([join(dir, 'empty'), join(dir, 'others')]);
    expect(plan.files).toEqual([]);
    expect(plan.failures.map((f) => [f.code, f.source])).toEqual([
      ['NO_READABLE_FILES', join(dir, 'empty')],
      ['NO_READABLE_FILES', join(dir, 'others')],
    ]);
    expect(plan.failures[1]!.text).toContain(join(dir, 'others'));
    expect(plan.failures[1]!.text).toContain('2 files of other kinds skipped');
  });

  it('plans an explicitly named file whatever its extension', async () => {
    const plan = await planInputs([join(dir, 'others', 'readme.md')]);
    expect(plan.files).toHaveLength(1);
  });

  it('expands globs, sorted, and reports a glob that matches nothing', async () => {
    const plan = await planInputs([join(dir, 'corpus', '**', '*.{txt,html}'), join(dir, 'corpus', '*.xml')]);
    expect(plan.files.map((f) => relative(dir, f.path))).toEqual(['corpus/b.txt', 'corpus/sub/c.html']);
    expect(plan.failures.map((f) => f.code)).toEqual(['GLOB_NO_MATCH']);
  });

  it('plans a file reached twice only once', async () => {
    const plan = await planInputs([join(dir, 'corpus', 'b.txt'), join(dir, 'corpus')]);
    expect(plan.files.filter((f) => f.path.endsWith('b.txt'))).toHaveLength(1);
  });
});

describe('isReadableName', () => {
  it('accepts known kinds and extensionless names, not others', () => {
    expect(['a.txt', 'a.JSON', 'a.jsonl', 'a.ndjson', 'a.htm', 'a.xml', 'a.rss', 'a.atom', 'a.zip', 'LICENSE'].every(isReadableName)).toBe(true);
    expect(['a.md', 'a.png', 'a.csv', 'a.pdf'].some(isReadableName)).toBe(false);
  });
});
