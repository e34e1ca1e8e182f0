/**
 * The worked examples of docs/fonctions.md, computed by the functions: the page must show
 * exactly what the functions give.
 */
import * as fs from 'fs';
import * as path from 'path';
import { paliers, part, repartir, repartirCle, type SheetResult } from '../../../src/engine';
import { frenchNumber } from '../../../src/engine/numbers/formatMoney';

const doc = fs.readFileSync(path.resolve(__dirname, '../../../docs/fonctions.md'), 'utf8');

/** The values of a result, as the page writes them (French, thousands grouped by a space). */
function french(result: SheetResult): string[] {
  if (!result.ok) throw new Error(result.error.message);
  return result.values.flat().map((v) => frenchNumber(String(v)).replace(/\u202f|\u00a0/g, ' '));
}

/** The table rows of the page that follow `formula` (the formula's row, then the spilled ones). */
function documented(formula: string, count: number): string[] {
  const lines = doc.split('\n');
  const at = lines.findIndex((l) => l.includes(`\`${formula}\` →`));
  expect(at).toBeGreaterThanOrEqual(0);
  return lines.slice(at, at + count).map((l) => {
    const cells = l
      .split('|')
      .map((c) => c.trim())
      .filter(Boolean);
    return (cells[cells.length - 1] as string).replace(/^.*→ /, '');
  });
}

describe('docs/fonctions.md examples', () => {
  it('REPARTIR: 100 € over three equal weights', () => {
    expect(documented('=QUOTEPART.REPARTIR(B1;B2:B4)', 3)).toEqual(
      french(repartir(100, [[1], [1], [1]])),
    );
  });

  it('REPARTIR.CLE: 10 000 € by 60 % population + 40 % agents', () => {
    const criteria = [
      [1000, 10],
      [2000, 10],
      [3000, 10],
    ];
    expect(documented('=QUOTEPART.REPARTIR.CLE(10000;B2:C4;D2:D3)', 3)).toEqual(
      french(repartirCle(10000, criteria, [[60], [40]])),
    );
  });

  it('PALIERS: the contract example', () => {
    const levels = [
      ['Base', 8000],
      ['Sauvegarde', 11000],
      ['Plan de reprise', 13000],
      ['Astreinte', 18000],
    ];
    const members = [['Base'], ['Sauvegarde'], ['Plan de reprise'], ['Astreinte']];
    expect(documented('=QUOTEPART.PALIERS(A2:B5;D2:D5)', 4)).toEqual(
      french(paliers(levels, members)),
    );
  });

  it('PART: 1 and 2', () => {
    expect(french(part([[1], [2]]))).toEqual(['0,3333333333', '0,6666666667']);
    expect(doc).toContain('0,3333333333 et 0,6666666667');
  });
});
