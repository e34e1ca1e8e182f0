/**
 * The smaller wording points of the paperwork (issue 12): plural units, the object of a
 * Mise à disposition line, the checks' explanation of a convention price, French dates
 * in `QP Journal`, messages and the report's footer, typography of calculation texts.
 */
import { runQuotePart, buildReport } from '../../../src/engine';
import { frenchUnits, pluralUnit } from '../../../src/engine/calculation/frenchUnits';
import { frenchDateTime } from '../../../src/engine/dates/calendar';
import { records, runSample, tableById, TEST_OPTIONS } from '../annex/support/runSample';
import { smallWorkbook } from '../support/smallWorkbook';
import { rawDate } from '../../../src/engine';

const sample = runSample();
const sheet = (name: string) => sample.plan!.sheets.find((s) => s.name === name)!;

describe('wording of the paperwork', () => {
  test('units take the plural from 2 on; abbreviations and words ending in s, x, z do not', () => {
    expect(frenchUnits('412', 'heure')).toBe('412 heures');
    expect(frenchUnits('1.5', 'heure')).toBe('1,5 heure');
    expect(frenchUnits('2', 'poste de travail')).toBe('2 postes de travail');
    expect(frenchUnits('9850', 'Go')).toBe('9\u202f850 Go');
    expect(pluralUnit('ETP')).toBe('ETP');
    expect(pluralUnit('licences')).toBe('licences');
    expect(sample.json.titres[0]!.liquidation).toContain('× 412 heures');
  });

  test('a Mise à disposition line is a remboursement de frais, the others participations', () => {
    const objects = new Map(
      records(tableById(sheet('QP Titres'), 'Titres')).map((r) => [r['Service'], r['Objet']]),
    );
    expect(objects.get('Assistance utilisateurs')).toMatch(/^Remboursement de frais « /);
    expect(objects.get('Licences bureautiques')).toMatch(/^Remboursement de frais « /);
    expect(objects.get('Messagerie')).toMatch(/^Participation « /);
  });

  test('the checks tell a convention price from a rounded unit cost', () => {
    const rows = records(tableById(sheet('QP Contrôles'), 'Controles')).filter(
      (r) => r['Scénario'] === 'Référence',
    );
    const why = new Map(rows.map((r) => [r['Service'], r['Explication']]));
    // Licences bureautiques: 96 € per licence fixed by the convention, −178,00 € against the actual cost.
    expect(why.get('Licences bureautiques')).toMatch(/^Écart entre le prix fixé par la convention/);
    expect(why.get('Assistance utilisateurs')).toMatch(/^Écart d\u2019arrondi du coût unitaire/);
  });

  test('dates in French: journal, report footer, messages', () => {
    const journal = new Map(
      records(tableById(sheet('QP Journal'), 'Journal')).map((r) => [r['Rubrique'], r['Valeur']]),
    );
    expect(journal.get('Date du calcul')).toBe('01/04/2026 à 09:00 UTC');
    expect(journal.get('Date d\u2019émission')).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    const html = buildReport(sample);
    expect(html).toContain('le 01/04/2026 à 09:00 UTC à partir de');
    expect(frenchDateTime('2026-12-02T00:50:06.288Z')).toBe('02/12/2026 à 00:50 UTC');
    expect(frenchDateTime('2026-03-16')).toBe('16/03/2026');
    const bad = runQuotePart(
      smallWorkbook({
        tables: {
          Membres: {
            headers: ['Membre', 'Type', 'Porteur', 'Entrée', 'Sortie', 'Population'],
            rows: [
              ['EPCI', 'EPCI', 'Oui', null, null, 1],
              ['A', 'Commune', null, rawDate('2026-09-01'), rawDate('2026-03-31'), 2],
            ],
          },
        },
      }),
      TEST_OPTIONS,
    );
    const message = bad.problems.find((p) => /postérieure/.test(p.message))?.message ?? '';
    expect(message).toContain('(01/09/2026)');
    expect(message).toContain('(31/03/2026)');
  });

  test('calculation texts put a narrow no-break space before € and %, never a plain one', () => {
    for (const t of sample.json.titres) {
      expect(t.liquidation).not.toMatch(/ [€%]/);
      expect(t.liquidation).not.toMatch(/\u00a0[€%]/);
    }
  });
});
