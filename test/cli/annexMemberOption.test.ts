import { readFileSync } from 'node:fs';
import {
  MEMBER_ANNEX_SHEET,
  runQuotePart,
  type RunOptions,
  type RunOutcome,
  type WritePlan,
} from '../../src/engine';
import { planWithMemberAnnex, unknownAnnexMember } from '../../src/cli/annexMemberOption';
import { readXlsxWorkbookSync } from '../../src/workbook/xlsx/read/readXlsxWorkbook';
import { SAMPLE } from './support/runCli';

const workbook = readXlsxWorkbookSync(new Uint8Array(readFileSync(SAMPLE)));
const options: RunOptions = {
  generatedAt: '2026-03-31T10:00:00.000Z',
  version: '1.0.0',
  source: 'sample.xlsx',
  host: 'cli',
};
const plain = runQuotePart(workbook, options);

function planOf(outcome: RunOutcome): WritePlan {
  if (outcome.plan === null) throw new Error('sample should be valid');
  return outcome.plan;
}

describe('--annexe-membre', () => {
  it('accepts a member named with other case and accents', () => {
    expect(unknownAnnexMember(plain, 'LAVERGNE-LES-PRES')).toBeNull();
    expect(unknownAnnexMember(plain, null)).toBeNull();
  });

  it('names the closest members for an unknown name', () => {
    expect(unknownAnnexMember(plain, 'Pontvieu')).toBe(
      "--annexe-membre : « Pontvieu » n'est pas un membre de la table Membres (vouliez-vous dire « Pontvieux », « Fontclaire » ou « Vaudrey » ?)",
    );
  });

  it('cannot check a member of an invalid run, and leaves it to the exit 1', () => {
    const invalid = runQuotePart({ tables: [], sheetNames: [] }, options);
    expect(invalid.status).toBe('invalid');
    expect(unknownAnnexMember(invalid, 'Pontvieux')).toBeNull();
  });

  it('adds the member annex sheet when the run left it out (parameter Annexes = Non), once', () => {
    const plan = planOf(plain);
    expect(plan.sheets.map((s) => s.name)).not.toContain(MEMBER_ANNEX_SHEET);
    const added = planWithMemberAnnex(plain, plan, 'Pontvieux');
    expect(added.sheets.slice(0, plan.sheets.length)).toEqual(plan.sheets);
    expect(added.sheets.map((s) => s.name).slice(plan.sheets.length)).toEqual([MEMBER_ANNEX_SHEET]);
    expect(planWithMemberAnnex(plain, plan, null)).toBe(plan);

    const asked = runQuotePart(workbook, { ...options, annexMember: 'Pontvieux' });
    const askedPlan = planOf(asked);
    expect(askedPlan.sheets.filter((s) => s.name === MEMBER_ANNEX_SHEET)).toHaveLength(1);
    expect(planWithMemberAnnex(asked, askedPlan, 'Pontvieux')).toBe(askedPlan);
  });
});
