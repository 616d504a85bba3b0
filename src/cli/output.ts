/** Where a command writes. Injected so commands can be tested in-process. */
export interface Output {
  out(s: string): void;
  err(s: string): void;
  /** True when stderr is an interactive terminal (progress bars). */
  readonly tty: boolean;
}

/** The process's stdout/stderr. */
export const processOutput: Output = {
  out: (s) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`),
  err: (s) => process.stderr.write(s.endsWith('\n') ? s : `${s}\n`),
  tty: Boolean(process.stderr.isTTY),
};

/** An output that collects text (tests). */
export function captureOutput(): Output & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { out: (s) => void stdout.push(s), err: (s) => void stderr.push(s), tty: false, stdout, stderr };
}

/** A progress bar on a terminal (stderr), redrawn in place. */
export function progressBar(o: Output, label: string): { update(done: number, total: number, note?: string): void; end(): void } {
  let last = 0;
  return {
    update(done, total, note) {
      if (!o.tty) return;
      const now = Date.now();
      if (now - last < 80 && done < total) return;
      last = now;
      const width = 28;
      const frac = total > 0 ? Math.min(1, done / total) : 0;
      const bar = '█'.repeat(Math.round(frac * width)).padEnd(width, '░');
      process.stderr.write(`\r${label} ${bar} ${(frac * 100).toFixed(0).padStart(3)}% ${note ?? ''}`.slice(0, 120).padEnd(100) + '\r');
    },
    end() {
      if (o.tty) process.stderr.write(`\r${' '.repeat(110)}\r`);
    },
  };
}
