import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';

/** The repository root. */
export const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** The Chromium binary (Debian's by default; `MARSAD_CHROMIUM` to override). */
export const CHROMIUM = process.env['MARSAD_CHROMIUM'] ?? '/usr/bin/chromium';
/** Whether the browser tests can run. */
export const HAS_CHROMIUM = existsSync(CHROMIUM);
/** Where screenshots go (gitignored). */
export const ARTIFACTS = join(REPO, 'test-artifacts');
/** Chromium flags: headless, no sandbox (containers), nothing that phones home. */
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Build the web UI with its Vite config into a fresh temporary folder; returns the folder. */
export async function buildWeb(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'marsad-web-'));
  await build({ configFile: join(REPO, 'web', 'vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true } });
  return outDir;
}

/** A headless Chromium with a fresh profile. */
export interface Browser {
  readonly ctx: BrowserContext;
  close(): Promise<void>;
}

/** Launch Chromium with a fresh user-data directory (removed on close). */
export async function launchBrowser(): Promise<Browser> {
  const userDir = mkdtempSync(join(tmpdir(), 'marsad-chromium-'));
  const ctx = await chromium.launchPersistentContext(userDir, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS, viewport: { width: 1280, height: 900 } });
  return {
    ctx,
    close: async () => {
      await ctx.close();
      rmSync(userDir, { recursive: true, force: true });
    },
  };
}

/** An open tab with the problems it reported (page errors, dialogs: none are expected). */
export interface OpenPage {
  readonly page: Page;
  readonly problems: string[];
}

/** Open a new tab at `base` + route (`#/story/ID` …). */
export async function openPage(ctx: BrowserContext, base: string, route: string): Promise<OpenPage> {
  const page = await ctx.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(`${base.replace(/\/$/, '')}/${route}`);
  return { page, problems };
}

/** Save a full-page screenshot to `test-artifacts/NAME.png`. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** What the page-side predicates below use (the test's tsconfig has no DOM types). */
interface PageGlobals {
  readonly document: {
    querySelector(selector: string): { readonly textContent: string | null } | null;
    querySelectorAll(selector: string): { readonly length: number };
  };
  readonly __pwned?: unknown;
}

// Predicates are functions, not strings: Playwright compiles string predicates with `new
// Function` in the page, which the UI's Content-Security-Policy (no 'unsafe-eval') forbids.

/** Wait until the text of `selector` differs from `before` (Playwright polls; no sleeps). */
export async function waitForTextChange(page: Page, selector: string, before: string | null): Promise<void> {
  await page.waitForFunction(([sel, v]) => (globalThis as unknown as PageGlobals).document.querySelector(sel)?.textContent !== v, [selector, before] as const);
}

/** Wait until exactly `n` elements match `selector`. */
export async function waitForCount(page: Page, selector: string, n: number): Promise<void> {
  await page.waitForFunction(([sel, k]) => (globalThis as unknown as PageGlobals).document.querySelectorAll(sel).length === k, [selector, n] as const);
}

/** The page's `window.__pwned` marker (set only if injected markup ever ran), read by a script that does run. */
export async function pwned(page: Page): Promise<{ ran: boolean; marker: unknown }> {
  return page.evaluate(() => ({ ran: true, marker: (globalThis as unknown as PageGlobals).__pwned }));
}

/** How many Noto Naskh Arabic faces the page has loaded (after `document.fonts.ready`). */
export async function loadedArabicFaces(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const fonts = (globalThis as unknown as { document: { fonts: { ready: Promise<unknown> } & Iterable<{ family: string; status: string }> } }).document.fonts;
    await fonts.ready;
    return [...fonts].filter((f) => f.family.includes('Noto Naskh Arabic') && f.status === 'loaded').length;
  });
}
