import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunOutcome, WorkbookInventory } from '../../src/engine';
import type { ComputeOptions } from '../../src/cli/cliArgs';
import type { CliIo } from '../../src/cli/cliIo';
import { runCompute, type ComputeEngine } from '../../src/cli/runCompute';
import { buildPackage } from '../workbook/xlsx/support/buildPackage';

const NO_OPTIONS: ComputeOptions = {
  input: '',
  output: null,
  json: null,
  progress: 'off',
  report: null,
  exportTitres: null,
  annexMember: null,
  period: null,
};
const inventory: WorkbookInventory = {
  exercice: 2026,
  tables: [],
  members: 2,
  services: 1,
  scenarios: [],
};

function engineReturning(outcome: Partial<RunOutcome>): ComputeEngine {
  const json = {
    quoteParts: [],
    titres: [],
    reductions: [],
    compensation: [],
    comparison: [],
    checks: [],
    ventilation: [],
    ventilationTotals: [],
    issues: [],
  };
  return {
    inspectWorkbook: () => inventory,
    runQuotePart: () =>
      ({
        status: 'ok',
        problems: [],
        json,
        plan: null,
        summary: {} as RunOutcome['summary'],
        ...outcome,
      }) as RunOutcome,
  };
}

describe('runCompute with a stand-in engine', () => {
  let folder: string;
  let input: string;
  let err: string;
  const io: CliIo = {
    out: () => undefined,
    err: (text) => void (err += text),
    now: () => new Date('2026-01-01T00:00:00Z'),
  };

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
    const problems = [
      {
        severity: 'warning',
        code: 'SIRET_INVALIDE',
        table: 'Membres',
        row: 4,
        column: 'SIRET',
        value: '123',
        message: 'SIRET à 14 chiffres attendu.',
      },
    ] as const;
    const code = await runCompute(
      { ...NO_OPTIONS, input },
      io,
      engineReturning({ plan, problems }),
      '1.0.0',
    );
    expect(code).toBe(0);
    expect(err).toBe(
      'AVERTISSEMENT [SIRET_INVALIDE] Membres!4/SIRET : SIRET à 14 chiffres attendu.\n',
    );
    expect((await readdir(folder)).sort()).toEqual(['in-resultats.xlsx', 'in.xlsx']);
  });

  it('exits 2 naming the input when a part it must copy cannot be decompressed', async () => {
    const { zipSync, unzipSync, strToU8 } = await import('fflate');
    const { tableXml } = await import('../workbook/xlsx/support/buildPackage');
    const sound = buildPackage({
      sheets: [
        {
          name: 'Membres',
          body: '<sheetData/><tableParts count="1"><tablePart r:id="rId1"/></tableParts>',
          rels: [['rId1', 'table', '../tables/table1.xml']],
        },
      ],
      parts: { 'xl/tables/table1.xml': tableXml(1, 'Membres', 'A1:A2', ['Membre']) },
    });
    const files = unzipSync(sound);
    const bytes = zipSync(
      { ...files, 'xl/tables/table1.xml': strToU8('x'.repeat(400)) },
      { level: 0 },
    );
    // Stored entry → rewrite its method to deflate so that inflating it fails.
    const broken = markEntryDeflated(bytes, 'xl/tables/table1.xml');
    await writeFile(input, broken);
    const plan = { sheets: [{ name: 'QP Résultat', freezeRows: 0, blocks: [] }] };
    const code = await runCompute({ ...NO_OPTIONS, input }, io, engineReturning({ plan }), '1.0.0');
    expect(code).toBe(2);
    expect(err).toContain(
      `${input} : le classeur est endommagé (partie « xl/tables/table1.xml » illisible)`,
    );
    expect(await readdir(folder)).toEqual(['in.xlsx']);
  });

  it('exits 3 without writing anything when the plan cannot be written', async () => {
    const plan = { sheets: [{ name: 'Pas QP', freezeRows: 0, blocks: [] }] };
    const code = await runCompute({ ...NO_OPTIONS, input }, io, engineReturning({ plan }), '1.0.0');
    expect(code).toBe(3);
    expect(err).toContain('le classeur de résultats ne peut pas être écrit');
    expect(await readdir(folder)).toEqual(['in.xlsx']);
  });
});

/** Sets the compression method of one stored entry to deflate (local and central headers), corrupting it. */
function markEntryDeflated(bytes: Uint8Array, name: string): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const encoded = new TextEncoder().encode(name);
  for (let i = 0; i + 4 < out.length; i++) {
    const signature = view.getUint32(i, true);
    const nameAt = signature === 0x04034b50 ? i + 30 : signature === 0x02014b50 ? i + 46 : -1;
    if (nameAt < 0) continue;
    const length = view.getUint16(signature === 0x04034b50 ? i + 26 : i + 28, true);
    if (length !== encoded.length || !encoded.every((b, k) => out[nameAt + k] === b)) continue;
    view.setUint16(signature === 0x04034b50 ? i + 8 : i + 10, 8, true);
  }
  return out;
}
