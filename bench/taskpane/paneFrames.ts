/**
 * Task-pane responsiveness benchmark: the production build of the preview in Debian's
 * Chromium (the end-to-end harness), a generated workbook of N members opened through the
 * file input, then "Calculer" and "Écrire les résultats" clicked while a `longtask`
 * observer records every task that held the page's main thread over 50 ms. The figure is
 * the longest frozen frame (longest such task) during each step; the target is
 * ≤ 200 ms at 35,000 members.
 *
 * The build comes from `BENCH_DIST` (a folder holding `preview.html`, built with
 * `npm run build -- --env preview`) or is made into `.bench-tmp/taskpane/dist` by webpack
 * (production, preview page included, placeholder add-in URL).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBlockingChromium } from '../../test/e2e/support/launchChromium';
import { serveDirectory } from '../../test/e2e/support/staticServer';
import { BENCH_TMP, REPO_ROOT, ensureBenchWorkbook } from '../support/benchWorkbooks';

/** The ceiling for one frozen frame during compute and write. */
export const TARGET_FROZEN_MS = 200;

/** How long one step may take in the browser before the benchmark gives up. */
const STEP_TIMEOUT_MS = 15 * 60 * 1000;

/** What one workbook size measured. */
export interface PaneFramesMeasure {
  readonly members: number;
  /** Longest main-thread task during "Calculer", in ms of wall time (0 when none over 50 ms). */
  readonly computeLongestMs: number;
  /** CPU (thread) time of the longest-running main-thread task during "Calculer", in ms. */
  readonly computeLongestCpuMs: number;
  readonly computeSeconds: number;
  /** Longest main-thread task during "Écrire les résultats", in ms of wall time. */
  readonly writeLongestMs: number;
  /** CPU (thread) time of the longest-running main-thread task during the write, in ms. */
  readonly writeLongestCpuMs: number;
  readonly writeSeconds: number;
  /** Distinct values the write progress bar showed (a bar that moves shows several). */
  readonly progressValues: number;
}

/** Records long tasks and the progress bar's values from the first script of the page. */
const OBSERVERS = `
  window.__qpLongTasks = [];
  window.__qpProgress = new Set();
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      window.__qpLongTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const sample = () => {
    const bar = document.querySelector('[role="progressbar"]');
    if (bar) window.__qpProgress.add(bar.getAttribute('aria-valuenow'));
    requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
`;

/** The production build to load: `BENCH_DIST`, or a fresh one under `.bench-tmp/taskpane/dist`. */
function distFolder(): string {
  const given = process.env.BENCH_DIST;
  if (given) return resolve(REPO_ROOT, given);
  const out = resolve(BENCH_TMP, '..', 'taskpane', 'dist');
  const built = spawnSync(
    process.execPath,
    [
      resolve(REPO_ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js'),
      '--mode',
      'production',
      '--env',
      'preview',
      '--env',
      'addinUrl=https://quotepart.test/',
      '--output-path',
      out,
    ],
    { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  if (built.status !== 0 || !existsSync(resolve(out, 'preview.html')))
    throw new Error(
      `construction du volet impossible : ${built.error?.message ?? ''}\n${built.stdout}\n${built.stderr}`,
    );
  return out;
}

/** One event of a Chromium trace (the fields read here). */
type TraceEvent = {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly dur?: number;
  readonly tdur?: number;
  readonly args?: { readonly name?: string };
};

/**
 * Runs `step` under a Chromium trace of the top-level tasks and returns the longest CPU
 * time (thread time, in ms) of one task of the page's main thread. On this shared machine
 * a task's wall time also counts the time the thread waited for a core (load 16 on 2
 * cores stretches a 150 ms task to a second); its thread time is what an idle machine
 * would show as a frozen frame.
 */
async function longestCpuTask(page: Page, step: () => Promise<void>): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data: { value: object[] }) => {
    for (const event of data.value) events.push(event as TraceEvent);
  });
  await cdp.send('Tracing.start', { categories: 'toplevel', transferMode: 'ReportEvents' });
  try {
    await step();
  } finally {
    const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  const mains = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  return Math.round(
    events
      .filter((e) => e.ph === 'X' && e.name.endsWith('RunTask') && mains.has(`${e.pid}:${e.tid}`))
      .reduce((max, e) => Math.max(max, (e.tdur ?? 0) / 1000), 0),
  );
}

/** Runs `step`: the longest task it overlapped (wall and CPU time, in ms), its duration in s. */
async function measureStep(
  page: Page,
  step: () => Promise<void>,
): Promise<{ longest: number; longestCpu: number; seconds: number }> {
  const now = () => page.evaluate(() => performance.now());
  const start = await now();
  const longestCpu = await longestCpuTask(page, step);
  const end = await now();
  const tasks = await page.evaluate(() => (globalThis as unknown as PageGlobals).__qpLongTasks);
  const longest = tasks
    .filter(([at, duration]) => at + duration >= start && at <= end)
    .reduce((max, [, duration]) => Math.max(max, duration), 0);
  return { longest: Math.round(longest), longestCpu, seconds: (end - start) / 1000 };
}

/** The page's globals these benchmark callbacks read (the CLI build has no DOM types). */
type PageGlobals = {
  readonly document: {
    querySelector(selector: string): { readonly textContent: string | null } | null;
    querySelectorAll(
      selector: string,
    ): Iterable<{ readonly textContent: string | null; readonly disabled: boolean; click(): void }>;
  };
  readonly __qpLongTasks: [number, number][];
  readonly __qpProgress: Set<string>;
};

/**
 * Waits until the pane's live region announces `pattern`, looking every 250 ms with one
 * `querySelector`: Playwright's own locators (`getByText`, `getByRole`) walk the whole page
 * on each poll, and on a 35,000-member page those walks were long tasks of the page
 * themselves, counted as frozen frames of the pane.
 */
async function announced(page: Page, pattern: RegExp): Promise<void> {
  await page.waitForFunction(
    (source) =>
      new RegExp(source).test(
        (globalThis as unknown as PageGlobals).document.querySelector('[role="status"][aria-live]')
          ?.textContent ?? '',
      ),
    pattern.source,
    { polling: 250, timeout: STEP_TIMEOUT_MS },
  );
}

/** Clicks the button whose text is `label` (a plain DOM click, no accessibility walk). */
async function clickButton(page: Page, label: string): Promise<void> {
  await page.evaluate((text) => {
    const buttons = [...(globalThis as unknown as PageGlobals).document.querySelectorAll('button')];
    const button = buttons.find((b) => b.textContent === text);
    if (!button) throw new Error(`bouton « ${text} » absent`);
    button.click();
  }, label);
}

/** Opens the preview, loads the workbook of `members` members, computes, then writes. */
async function measureSize(page: Page, url: string, members: number): Promise<PaneFramesMeasure> {
  const file = await ensureBenchWorkbook(members);
  await page.goto(`${url}preview.html?exemple=vide`);
  await page.locator('input[type="file"]').setInputFiles(file);
  await page.getByText(`bench-${members}x`, { exact: false }).first().waitFor();
  await page.waitForFunction(
    () =>
      [...(globalThis as unknown as PageGlobals).document.querySelectorAll('button')].some(
        (b) => b.textContent === 'Calculer' && !b.disabled,
      ),
    null,
    { polling: 250 },
  );
  const computed = await measureStep(page, async () => {
    await clickButton(page, 'Calculer');
    await announced(page, /^Calcul terminé/);
  });
  const written = await measureStep(page, async () => {
    await clickButton(page, 'Écrire les résultats');
    await announced(page, /^Résultats écrits/);
  });
  const progress = await page.evaluate(
    () => (globalThis as unknown as PageGlobals).__qpProgress.size,
  );
  return {
    members,
    computeLongestMs: computed.longest,
    computeLongestCpuMs: computed.longestCpu,
    computeSeconds: computed.seconds,
    writeLongestMs: written.longest,
    writeLongestCpuMs: written.longestCpu,
    writeSeconds: written.seconds,
    progressValues: progress,
  };
}

/** Measures each size in a fresh page of one Chromium. */
export async function measurePaneFrames(sizes: readonly number[]): Promise<PaneFramesMeasure[]> {
  const dist = distFolder();
  const chromium = await launchBlockingChromium();
  const server = await serveDirectory(dist);
  const rows: PaneFramesMeasure[] = [];
  try {
    for (const members of sizes) {
      const page = await chromium.context.newPage();
      page.setDefaultTimeout(STEP_TIMEOUT_MS);
      await page.addInitScript(OBSERVERS);
      rows.push(await measureSize(page, server.url, members));
      await page.close();
      console.error(`volet ${members} : ${JSON.stringify(rows[rows.length - 1])}`);
    }
  } finally {
    await chromium.browser.close();
    await server.close();
  }
  return rows;
}

/** The Markdown table of the measures, and the verdict at the largest size. */
export function paneFramesReport(rows: readonly PaneFramesMeasure[], load?: number): string {
  const lines = [
    '| membres | Calculer : plus longue trame figée, mur (ms) | idem, temps CPU du fil (ms) | durée (s) | Écrire : plus longue trame figée, mur (ms) | idem, temps CPU du fil (ms) | durée (s) | valeurs de la barre de progression |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.members} | ${r.computeLongestMs} | ${r.computeLongestCpuMs} | ${r.computeSeconds.toFixed(1)} | ${r.writeLongestMs} | ${r.writeLongestCpuMs} | ${r.writeSeconds.toFixed(1)} | ${r.progressValues} |`,
    ),
  ];
  if (load !== undefined)
    lines.push(
      '',
      `Charge moyenne de la machine (1 min) à la fin de la mesure : ${load.toFixed(1)}.`,
    );
  const largest = rows.reduce<PaneFramesMeasure | null>(
    (a, b) => (a === null || b.members > a.members ? b : a),
    null,
  );
  if (largest) {
    const worst = Math.max(largest.computeLongestMs, largest.writeLongestMs);
    const worstCpu = Math.max(largest.computeLongestCpuMs, largest.writeLongestCpuMs);
    const verdict = (ms: number) => (ms <= TARGET_FROZEN_MS ? 'atteint' : 'MANQUÉ');
    lines.push(
      '',
      `Objectif ≤ ${TARGET_FROZEN_MS} ms de trame figée à ${largest.members} membres (calcul et écriture) : en temps mur ${verdict(worst)} (${worst} ms), en temps CPU du fil ${verdict(worstCpu)} (${worstCpu} ms)`,
    );
  }
  return lines.join('\n');
}
