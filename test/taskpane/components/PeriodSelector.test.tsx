/** @jest-environment jsdom */
/**
 * « Période des titres » with the real engine on the sample (run on the page's thread):
 * the selector lists the periods of the run's titres, « Toute l'année » by default writes
 * and exports every titre, and a chosen period makes the write and the titres export use
 * the engine's `period` option, as `quote-part compute --periode` does.
 */
import '@testing-library/jest-dom';
import '../support/jsdomBrowserApis';
import '../support/paneQueries';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import * as realEngine from '../../../src/engine';
import type { RunOutcome, WritePlan } from '../../../src/engine';
import { createMainThreadEngine } from '../../../src/taskpane/engine/mainThreadEngine';
import type { EngineOperations } from '../../../src/taskpane/engine/engineOperations';
import { sampleRawWorkbook } from '../../../src/workbook/sample/sampleRawWorkbook';
import { fakeHost, paneServices } from '../support/paneFakes';
import { renderTaskpane } from '../support/renderTaskpane';
import type { StreamedPlan } from '../../../src/workbook/office/streamedPlan';

const WORKBOOK = sampleRawWorkbook();

/** The real engine, recording the options of each run and the outcome of each export. */
function recordingEngine() {
  const inner = createMainThreadEngine(async () => realEngine);
  const runs: (string | undefined)[] = [];
  const exported: RunOutcome[] = [];
  const engine: EngineOperations = {
    ...inner,
    runQuotePart: (workbook, options) => {
      runs.push(options.period);
      return inner.runQuotePart(workbook, options);
    },
    exportTitres: (outcome, profile) => {
      exported.push(outcome);
      return inner.exportTitres(outcome, profile);
    },
  };
  return { engine, runs, exported };
}

/** The rows of `QP Titres` in a written plan. */
function titresRows(plan: StreamedPlan | undefined): unknown[][] {
  if (!plan) throw new Error('rien d’écrit');
  // The main-thread engine's plan: arrays and generated rows, nothing streamed.
  const sheet = realEngine
    .materializePlan(plan as WritePlan)
    .sheets.find((s) => s.name === 'QP Titres');
  const table = sheet?.blocks.find((b) => b.kind === 'table');
  if (!table || table.kind !== 'table') throw new Error('QP Titres absent du plan écrit');
  return (table.rows as readonly (readonly unknown[])[]).map((row) => [...row]);
}

/** Renders the pane on the sample and clicks Calculer. */
async function computed() {
  const { host, calls } = fakeHost({ readWorkbook: async () => WORKBOOK });
  const recorded = recordingEngine();
  const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
  const downloads: string[] = [];
  renderTaskpane(
    paneServices(host, recorded.engine, { download: (fileName) => downloads.push(fileName) }),
  );
  await user.click(await screen.findByRole('button', { name: 'Calculer' }));
  await screen.findByText('Calcul terminé', {}, { timeout: 10_000 });
  return { user, calls, downloads, ...recorded };
}

/** Calendar position of a label: its first month, then the longer period first. */
function calendarKey(label: string): [number, number] {
  const m = /^\d{4}(?:-([STM])(\d+))?$/.exec(label);
  if (!m) throw new Error(`période inattendue : ${label}`);
  const months = m[1] === 'S' ? 6 : m[1] === 'T' ? 3 : m[1] === 'M' ? 1 : 12;
  return [(Number(m[2] ?? 1) - 1) * months, -months];
}

const full = realEngine.runQuotePart(WORKBOOK, {
  generatedAt: '2026-03-16T09:30:00.000Z',
  version: 'test',
  source: 'sample.xlsx',
  host: 'preview',
});
const PERIODS = full.summary.periods ?? [];
/** A period of the sample other than the first, so that choosing it is a real restriction. */
const CHOSEN = PERIODS[1] ?? '';

describe('Période des titres', () => {
  it('the sample issues titres for several periods, each once, in calendar order', () => {
    expect(PERIODS.length).toBeGreaterThan(1);
    const inTitres = new Set(full.json.titres.map((t) => t.period));
    expect([...PERIODS].sort()).toEqual([...inTitres].sort());
    const sorted = [...PERIODS].sort((a, b) => {
      const [fa, la] = calendarKey(a);
      const [fb, lb] = calendarKey(b);
      return fa - fb || la - lb;
    });
    expect(PERIODS).toEqual(sorted);
  });

  it("lists « Toute l'année » then the run's periods, whole year by default", async () => {
    const { user, calls, runs, exported, downloads } = await computed();
    const selector = screen.getByRole('combobox', { name: 'Période des titres' });
    expect(selector).toHaveValue('Toute l’année');
    await user.click(selector);
    const options = within(await screen.findByRole('listbox')).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Toute l’année', ...PERIODS]);
    await user.keyboard('{Escape}');

    await user.click(screen.getByRole('button', { name: 'Écrire les résultats' }));
    await waitFor(() => expect(calls.applyPlan).toHaveLength(1), { timeout: 10_000 });
    expect(titresRows(calls.applyPlan[0])).toHaveLength(full.json.titres.length);
    await user.click(screen.getByRole('button', { name: 'Télécharger les titres (CSV)' }));
    await waitFor(() => expect(exported).toHaveLength(1));
    expect(exported[0]?.summary.titreLines).toBe(full.summary.titreLines);
    expect(downloads[0]).toBe(`titres-${full.summary.exercice}-generique.csv`);
    expect(runs).toEqual([undefined]);
  });

  it('a chosen period is announced, then written and exported alone', async () => {
    const { user, calls, runs, exported, downloads } = await computed();
    await user.click(screen.getByRole('combobox', { name: 'Période des titres' }));
    await user.click(await screen.findByRole('option', { name: CHOSEN }));
    expect(screen.getByRole('status')).toHaveTextContent(`Période des titres : ${CHOSEN}.`);

    await user.click(screen.getByRole('button', { name: 'Écrire les résultats' }));
    await waitFor(() => expect(calls.applyPlan).toHaveLength(1), { timeout: 10_000 });
    const expected = full.json.titres.filter((t) => t.period === CHOSEN);
    const rows = titresRows(calls.applyPlan[0]);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(full.json.titres.length);
    expect(rows.map((row) => row[3])).toEqual(expected.map(() => CHOSEN));
    expect(rows.map((row) => [row[0], row[9]])).toEqual(
      expected.map((t) => [String(t.number), t.amount]),
    );
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(`Titres de la période ${CHOSEN}`),
    );

    await user.click(screen.getByRole('button', { name: 'Télécharger les titres (CSV)' }));
    await waitFor(() => expect(exported).toHaveLength(1));
    expect(downloads[0]).toBe(`titres-${CHOSEN}-generique.csv`);
    expect(exported[0]?.json.titres.every((t) => t.period === CHOSEN)).toBe(true);
    expect(exported[0]?.summary.titreLines).toBe(expected.length);
    // One run for the year, one for the period, shared by the write and the export.
    expect(runs).toEqual([undefined, CHOSEN]);
  });
});
