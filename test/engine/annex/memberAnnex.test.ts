/**
 * The per-member annex (`RunOptions.annexMember`, `buildMemberAnnexPlan`): all the
 * member's services, titres, AC and scenario position, each figure equal to the result
 * tables; an unknown member is a warning and no sheet.
 */
import {
  buildMemberAnnexPlan,
  matchAnnexMember,
  OutcomeUseError,
  type PlanSheet,
} from '../../../src/engine';
import { column, linesBelow, records, runSample, tableById, tablesOf } from './support/runSample';

function memberSheet(name: string): PlanSheet {
  const outcome = runSample(undefined, { annexMember: name });
  const sheet = outcome.plan!.sheets.find((s) => s.name === 'QP Annexe membre');
  if (!sheet) throw new Error('no member annex');
  return sheet;
}

describe('per-member annex', () => {
  const outcome = runSample();
  const { json } = outcome;

  test.each([
    'Pontvieux',
    'Saint-Aurèle',
    "Communauté d'agglomération du Val d'Aurèle",
    'CCAS de Saint-Aurèle',
  ])('%s: services, titres, AC and scenarios equal the result tables', (member) => {
    const sheet = memberSheet(member.toUpperCase());
    expect(sheet.print).toMatchObject({ paper: 'A4', pageNumbers: true, repeatRows: [1, 2] });
    expect(sheet.print?.scale).toBeGreaterThanOrEqual(85);
    expect(sheet.blocks[0]).toMatchObject({
      kind: 'text',
      style: 'title',
      text: `Annexe financière — ${member} — exercice 2026`,
    });
    const quoteParts = json.quoteParts.filter(
      (q) => q.scenario === 'Référence' && q.member === member,
    );
    const services = tableById(sheet, 'Services');
    expect(column(services, 'Service')).toEqual(quoteParts.map((q) => q.service));
    expect(column(services, 'Part')).toEqual(quoteParts.map((q) => q.share));
    expect(column(services, 'Quote-part')).toEqual(quoteParts.map((q) => q.quotePart));
    expect(column(services, 'Frais de gestion')).toEqual(quoteParts.map((q) => q.fee));
    expect(column(services, 'Montant facturé')).toEqual(quoteParts.map((q) => q.billed));
    const titres = json.titres.filter((t) => t.debtor === member);
    if (titres.length > 0) {
      const rows = records(tableById(sheet, 'Titres'));
      expect(
        rows.map((r) => [
          Number(r['Titre n°']),
          Number(r['Ligne']),
          r['Période'],
          r['Service'],
          r['Montant'],
          r['Base de liquidation'],
        ]),
      ).toEqual(
        titres.map((t) => [t.number, t.line, t.period, t.service, t.amount, t.liquidation]),
      );
    } else expect(tablesOf(sheet).some((t) => t.name.endsWith('_Titres'))).toBe(false);
    const ac = json.compensation.find((c) => c.member === member);
    if (ac) {
      const rows = Object.fromEntries(
        records(tableById(sheet, 'AC')).map((r) => [r['Rubrique'], r['Montant']]),
      );
      expect([rows['AC avant imputation'], rows['Total imputé'], rows['AC nette']]).toEqual([
        ac.before,
        ac.imputed,
        ac.after,
      ]);
    }
    const comparison = json.comparison.filter((c) => c.member === member);
    const scenarios = records(tableById(sheet, 'Scenarios'));
    expect(
      scenarios.map((r) => [
        r['Scénario'],
        r['Total quote-parts et frais'],
        r['Écart avec Référence'],
        r['Coût autonome'],
        r['Gain de la mutualisation'],
      ]),
    ).toEqual(comparison.map((c) => [c.scenario, c.total, c.delta, c.standalone, c.gain]));
    expect((sheet.charts ?? []).length).toBe(2);
  });

  test('Pontvieux (joins on 1 July) shows its presence and its partial-year calculation', () => {
    const sheet = memberSheet('pontvieux');
    const identity = Object.fromEntries(
      records(tableById(sheet, 'Identite')).map((r) => [r['Rubrique'], r['Valeur']]),
    );
    expect(identity['Présence']).toBe(
      'du 01/07/2026 jusqu\u2019à la fin de l\u2019exercice : 184 jours sur 365',
    );
    const calcs = [...linesBelow(sheet, tableById(sheet, 'Services')).values()];
    expect(calcs.some((c) => c?.includes('× 184\u202fj'))).toBe(true);
    const values = Object.fromEntries(
      records(tableById(sheet, 'Services')).map((r) => [r['Service'], r['Valeurs du membre']]),
    );
    expect(values['Hébergement et sauvegarde']).toBe('Go : 240');
    expect(values['Messagerie']).toBe('Boîtes : 24 ; Parts égales : 1 (présence 184/365 j)');
  });

  test('unknown member: a warning naming the closest members, no member sheet', () => {
    const run = runSample(undefined, { annexMember: 'Pontvieu' });
    expect(run.plan!.sheets.some((s) => s.name === 'QP Annexe membre')).toBe(false);
    const warning = run.problems.find((p) => p.code === 'ANNEXE_MEMBRE_INCONNU');
    expect(warning?.severity).toBe('warning');
    expect(warning?.message).toContain('« Pontvieux »');
    expect(run.json.issues.some((i) => i.code === 'ANNEXE_MEMBRE_INCONNU')).toBe(true);
  });

  test('on demand after the run: the same sheet as RunOptions.annexMember', () => {
    expect(buildMemberAnnexPlan(outcome, 'Vaudrey')).toEqual({ sheets: [memberSheet('Vaudrey')] });
    expect(matchAnnexMember(outcome, 'vaudrey')).toEqual({
      found: true,
      index: 10,
      name: 'Vaudrey',
    });
    expect(() => buildMemberAnnexPlan(outcome, 'Nulle-Part')).toThrow(OutcomeUseError);
    expect(() => buildMemberAnnexPlan({ ...outcome, status: 'invalid' }, 'Vaudrey')).toThrow(
      OutcomeUseError,
    );
  });
});
