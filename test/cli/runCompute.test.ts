import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunOutcome, WorkbookInventory } from '../../src/engine';
import type { CliIo } from '../../src/cli/cliIo';
import { runCompute, type ComputeEngine } from '../../src/cli/runCompute';
import { buildPackage } from '../workbook/xlsx/support/buildPackage';

const inventory: WorkbookInventory = { exercice: 2026, tables: [], members: 2, services: 1, scenarios: [] };

function engineReturning(outcome: Partial<RunOutcome>): ComputeEngine {
  const json = { quoteParts: [], titres: [], reductions: [], compensation: [], comparison: [], checks: [], issues: [] };
  return {
    inspectWorkbook: () => inventory,
    runQuotePart: () => ({ status: 'ok', problems: [], json, plan: null, summary: {} as RunOutcome['summary'], ...outcome }) as RunOutcome,
  };
}

describe('runCompute with a stand-in engine', () => {
  let folder: string;
  let input: string;
  let err: string;
  const io: CliIo = { out: () => undefined, err: (text) => void (err += text), now: () => new Date('2026-01-01T00:00:00Z') };

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'qp-run-'));
    input = join(folder, 'in.xlsx');
    await writeFile(input, buildPackage({ sheets: [{ name: 'Membres', body: '<sheetData/>' }] }));
    err = '';
  });

  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('prints warnings in the documented format and exits 0', async () => {
    const plan = { sheets: [{ name: 'QP Résultat', freezeRows: 0, blocks: [] }] };
    const problems = [{ severity: 'warning', code: 'SIRET_INVALIDE', table: 'Membres', row: 4, column: 'SIRET', value: '123', message: 'SIRET à 14 chiffres attendu.' }] as const;
    const code = await runCompute({ input, output: null, json: null, progress: 'off' }, io, engineReturning({ plan, problems }), '1.0.0');
    expect(code).toBe(0);
    expect(err).toBe('AVERTISSEMENT [SIRET_INVALIDE] Membres!4/SIRET : SIRET à 14 chiffres attendu.\n');
    expect((await readdir(folder)).sort()).toEqual(['in-resultats.xlsx', 'in.xlsx']);
  });

  it('exits 3 without writing anything when the plan cannot be written', async () => {
    const plan = { sheets: [{ name: 'Pas QP', freezeRows: 0, blocks: [] }] };
    const code = await runCompute({ input, output: null, json: null, progress: 'off' }, io, engineReturning({ plan }), '1.0.0');
    expect(code).toBe(3);
    expect(err).toContain('le classeur de résultats ne peut pas être écrit');
    expect(await readdir(folder)).toEqual(['in.xlsx']);
  });
});
