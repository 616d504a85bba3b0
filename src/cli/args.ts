import { parseArgs, type ParseArgsConfig } from 'node:util';
import { MarsadError } from '../core/errors.js';

/** Options every command accepts. */
export const GLOBAL_OPTIONS = {
  db: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies ParseArgsConfig['options'];

/** The parsed values of an options table: booleans for boolean options, strings otherwise. */
export type OptionValues<O> = {
  [K in keyof O]: O[K] extends { type: 'boolean'; default: boolean }
    ? boolean
    : O[K] extends { type: 'boolean' }
      ? boolean | undefined
      : O[K] extends { multiple: true }
        ? string[] | undefined
        : string | undefined;
};

/** Parse a command's arguments; unknown options are usage errors (exit code 2). */
export function parse<O extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: O,
  allowPositionals = true,
): { values: OptionValues<O & typeof GLOBAL_OPTIONS>; positionals: string[] } {
  try {
    const r = parseArgs({ args: argv, options: { ...GLOBAL_OPTIONS, ...options }, allowPositionals, strict: true });
    return r as unknown as { values: OptionValues<O & typeof GLOBAL_OPTIONS>; positionals: string[] };
  } catch (e) {
    throw new MarsadError('USAGE', (e as Error).message);
  }
}

/** The database path: `--db`, else `$MARSAD_DB`, else `./marsad.db`. */
export function dbPath(values: { db?: string | undefined }): string {
  return values.db ?? process.env['MARSAD_DB'] ?? 'marsad.db';
}

/** Parse a positive integer option, or throw a usage error naming it. */
export function intOption(name: string, v: string | undefined, dflt: number, min = 0): number {
  if (v === undefined) return dflt;
  if (!/^\d+$/.test(v) || Number(v) < min) throw new MarsadError('USAGE', `--${name} must be an integer ≥ ${min}, got "${v}"`);
  return Number(v);
}
