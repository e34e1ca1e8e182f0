/**
 * Décret 2012-1246 art. 24: the debtor can verify the claim. Every base de liquidation
 * of the sample (base case and régularisation) and of seeded random workbooks is redone
 * from its own printed figures only — key terms, base × share, the stated rounding and
 * largest-remainder cent, fee, settlement, installment split — and must land on the
 * titre line's amount to the cent.
 */
import { runQuotePart } from '../../../src/engine';
import { eq } from '../../../src/engine/numbers/rational';
import { SAMPLE_REGULARISATION_TABLES } from '../../../src/workbook/sample/sampleData';
import { runSample, TEST_OPTIONS } from '../annex/support/runSample';
import { generateRandomWorkbook } from '../../reference/generateRandomWorkbook';
import { frNum, recomputeLiquidation } from './support/recomputeLiquidation';

function failures(outcome: ReturnType<typeof runSample>): string[] {
  const out: string[] = [];
  for (const t of outcome.json.titres) {
    const { errors, amount } = recomputeLiquidation(t.liquidation);
    if (amount !== null && !eq(amount, frNum(t.amount.replace('.', ','))))
      errors.push(`recomputed ${amount.n}/${amount.d}, titre says ${t.amount}`);
    if (errors.length > 0)
      out.push(`titre ${t.number}/${t.line}: ${errors.join(' | ')}\n  ${t.liquidation}`);
  }
  return out;
}

describe('every base de liquidation recomputes from its own figures', () => {
  test('the sample', () => {
    const outcome = runSample();
    expect(outcome.json.titres.length).toBeGreaterThan(100);
    expect(failures(outcome)).toEqual([]);
  });

  test('the sample in régularisation', () => {
    const outcome = runSample(SAMPLE_REGULARISATION_TABLES);
    expect(outcome.json.titres.length).toBeGreaterThan(0);
    expect(failures(outcome)).toEqual([]);
  });

  test('states the largest remainder when it moved a cent, and the check catches a wrong figure', () => {
    const titres = runSample().json.titres;
    const moved = titres.filter((t) =>
      /[+−] 0,01\u202f€ d\u2019arrondi au plus fort reste, règle de la convention/.test(
        t.liquidation,
      ),
    );
    expect(moved.length).toBeGreaterThan(0);
    const text = moved[0]!.liquidation;
    // Drop the stated cent, or change one criterion value: the text no longer recomputes.
    const withoutCent = text.replace(
      / [+−] 0,01\u202f€ d\u2019arrondi au plus fort reste, règle de la convention = [^;]+/,
      '',
    );
    expect(recomputeLiquidation(withoutCent).errors).not.toEqual([]);
    const otherValue = text.replace(/(\d) \//, (_, d: string) => `${(Number(d) + 1) % 10} /`);
    expect(otherValue).not.toBe(text);
    expect(recomputeLiquidation(otherValue).errors).not.toEqual([]);
  });

  test.each(Array.from({ length: 60 }, (_, k) => 9101 + k))('random workbook %i', (seed) => {
    const generated = generateRandomWorkbook(seed);
    const outcome = runQuotePart(generated.workbook, TEST_OPTIONS);
    if (outcome.status !== 'ok') return;
    expect(failures(outcome)).toEqual([]);
  });
});
