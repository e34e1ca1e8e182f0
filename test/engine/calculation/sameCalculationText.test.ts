/**
 * One text for each calculation (issue 10): the calculation line of a member in its
 * service's annex (printed under the split table) is, word for word, inside the base de liquidation of each of the
 * member's titre lines for that service — both come from one `LineCalculation`.
 */
import { SAMPLE_REGULARISATION_TABLES } from '../../../src/workbook/sample/sampleData';
import { annexSheetsOf, linesBelow, runSample, tableById } from '../annex/support/runSample';

function check(tables?: Parameters<typeof runSample>[0]): number {
  const outcome = runSample(tables);
  const calcul = new Map<string, string>();
  for (const sheet of annexSheetsOf(outcome)) {
    const title = sheet.blocks.find((b) => b.kind === 'text' && b.style === 'title');
    const service = /^Annexe financière — (.+) — exercice \d+$/.exec(
      title?.kind === 'text' ? title.text : '',
    )?.[1];
    if (service === undefined) continue;
    const table = tableById(sheet, 'Repartition');
    for (const [member, text] of linesBelow(sheet, table)) calcul.set(`${service}/${member}`, text);
  }
  let compared = 0;
  for (const t of outcome.json.titres) {
    const text = calcul.get(`${t.service}/${t.debtor}`);
    expect({ titre: t.number, text }).toEqual({ titre: t.number, text: expect.any(String) });
    expect(t.liquidation).toContain(` : ${text} ; `);
    compared++;
  }
  return compared;
}

describe('the annex and the titre say the same calculation', () => {
  test('every titre line of the sample', () => {
    expect(check()).toBeGreaterThan(100);
  });

  test('every titre line of the sample in régularisation', () => {
    expect(check(SAMPLE_REGULARISATION_TABLES)).toBeGreaterThan(0);
  });
});
