/**
 * Support services and their ventilation (contract §6.2) through the whole engine, on the
 * small workbook plus two supports that serve each other; figures computed by hand.
 */
import { runQuotePart, type RawCell } from '../../../src/engine';
import { OPTIONS, type TableSpec } from '../support/workbookBuilder';
import { smallWorkbook } from '../support/smallWorkbook';
import {
  SERVICES_HEADERS,
  SUPPORT_CHARGES as CHARGES,
  SUPPORT_SERVICES as SERVICES,
  VENTILATIONS,
} from '../support/supportWorkbook';

const run = (
  tables: Partial<Record<string, TableSpec>> = {},
  params: Record<string, RawCell> = {},
) =>
  runQuotePart(
    smallWorkbook({
      params,
      tables: { Services: SERVICES, Charges: CHARGES, Ventilations: VENTILATIONS, ...tables },
    }),
    OPTIONS,
  );
const errors = (out: ReturnType<typeof run>) => out.problems.filter((p) => p.severity === 'error');
const check = (out: ReturnType<typeof run>, service: string) =>
  out.json.checks.find((c) => c.service === service && c.scenario === 'Référence');

describe('support services, Réciproque (default)', () => {
  const out = run();

  it('accepts the workbook', () => {
    expect(errors(out)).toEqual([]);
    expect(out.status).toBe('ok');
  });

  it('solves T_D = 1 000 + 0,1 T_C, T_C = 2 000 + 0,2 T_D and rounds R once (§6.2)', () => {
    // T_D = 60000/49 = 1224.49, T_C = 110000/49 = 2244.90; R_Info = 96000/49 = 1959.1836…,
    // R_Achats = 18000/49 = 367.3469…, R_Support = 33000/49 = 673.4693…: floors leave 2 cents,
    // to Support (.93) then Achats (.69).
    expect(out.json.ventilationTotals).toEqual([
      { service: 'Direction de la DSI', direct: '1000.00', total: '1224.49', received: null },
      { service: 'Info', direct: null, total: null, received: '1959.18' },
      { service: 'Support', direct: null, total: null, received: '673.47' },
      { service: 'Achats', direct: null, total: null, received: '367.35' },
      { service: 'Centre de données', direct: '2000.00', total: '2244.90', received: null },
    ]);
    expect(out.json.ventilation).toEqual([
      {
        support: 'Direction de la DSI',
        service: 'Info',
        weight: '0.5',
        share: '0.5000000000',
        amount: '612.24',
      },
      {
        support: 'Direction de la DSI',
        service: 'Achats',
        weight: '0.3',
        share: '0.3000000000',
        amount: '367.35',
      },
      {
        support: 'Direction de la DSI',
        service: 'Centre de données',
        weight: '0.2',
        share: '0.2000000000',
        amount: '244.90',
      },
      {
        support: 'Centre de données',
        service: 'Direction de la DSI',
        weight: '10',
        share: '0.1000000000',
        amount: '224.49',
      },
      {
        support: 'Centre de données',
        service: 'Info',
        weight: '60',
        share: '0.6000000000',
        amount: '1346.94',
      },
      {
        support: 'Centre de données',
        service: 'Support',
        weight: '30',
        share: '0.3000000000',
        amount: '673.47',
      },
    ]);
  });

  it('adds V_j to each receiver’s base; every quote-part set still sums to its base', () => {
    expect(check(out, 'Info')).toMatchObject({ base: '2959.18', total: '2959.18' });
    // Mise à disposition: C = 1 000 + 673,47; U = 35,5; c = 47,1400 (Σ rounding gap allowed)
    expect(check(out, 'Support')?.base).toBe('1673.47');
    expect(out.json.quoteParts.find((r) => r.service === 'Support')?.unitCost).toBe('47.14');
    expect(check(out, 'Achats')).toMatchObject({ base: '717.36', total: '717.36' });
    expect(check(out, 'Services supports')).toEqual({
      scenario: 'Référence',
      service: 'Services supports',
      base: '3000.00',
      total: '3000.00',
      difference: '0.00',
    });
    expect(out.json.quoteParts.some((r) => r.service === 'Direction de la DSI')).toBe(false);
  });

  it('states the support costs received in the base de liquidation', () => {
    const info = out.json.titres.find((t) => t.service === 'Info')?.liquidation ?? '';
    expect(info).toMatch(/dont 1\s959,18\s€ de services supports ventilés/);
    const mad = out.json.titres.find((t) => t.service === 'Support')?.liquidation ?? '';
    expect(mad).toMatch(/dont 673,47\s€ de services supports ventilés/);
  });

  it('writes the QP Ventilation sheet with both tables', () => {
    const sheet = out.plan?.sheets.find((s) => s.name === 'QP Ventilation');
    const names = sheet?.blocks.flatMap((b) => (b.kind === 'table' ? [b.name] : []));
    expect(names).toEqual(['QP_Ventilation', 'QP_VentilationTotaux']);
  });
});

describe('support services, other methods', () => {
  it('En cascade: the later Centre de données passes nothing back to the Direction', () => {
    const out = run({}, { 'Méthode de ventilation': 'En cascade' });
    // T_D = 1000: Info 500, Achats 300, Centre 200; T_C = 2200: Info 60/90 = 1466.666…, Support 733.333…
    // R: Info 1966.67 (.666…), Support 733.33 (.333…), Achats 300 → one cent to Info.
    expect(out.json.ventilationTotals.map((r) => r.received ?? r.total)).toEqual([
      '1000.00',
      '1966.67',
      '733.33',
      '300.00',
      '2200.00',
    ]);
  });

  it('Directe: rows towards supports are ignored', () => {
    const out = run({}, { 'Méthode de ventilation': 'directe' });
    // D: Info 50/80 = 625, Achats 375; C: Info 60/90 = 1333.33…, Support 666.66…
    expect(out.json.ventilationTotals.map((r) => r.received ?? r.total)).toEqual([
      '1000.00',
      '1958.33',
      '666.67',
      '375.00',
      '2000.00',
    ]);
    expect(out.json.ventilation.map((r) => r.service)).toEqual([
      'Info',
      'Achats',
      'Info',
      'Support',
    ]);
  });
});

describe('support services: located errors and warnings', () => {
  const codeOf = (out: ReturnType<typeof run>) =>
    errors(out).map((p) => [p.code, p.table, p.row, p.column]);

  it('refuses a workbook with a support service and no Ventilations table', () => {
    const wb = smallWorkbook({ tables: { Services: SERVICES, Charges: CHARGES } });
    const out = runQuotePart(wb, OPTIONS);
    expect(out.status).toBe('invalid');
    expect(codeOf(out as ReturnType<typeof run>)).toEqual([
      ['VENTILATIONS_MANQUANTES', 'Ventilations', null, null],
    ]);
  });

  it('refuses a group of supports that serve only each other (singular system)', () => {
    const out = run({
      Ventilations: {
        headers: VENTILATIONS.headers,
        rows: [
          ['Direction de la DSI', 'Centre de données', 1],
          ['Centre de données', 'Direction de la DSI', 1],
        ],
      },
    });
    expect(codeOf(out)).toEqual([['VENTILATION_SINGULIERE', 'Ventilations', 2, 'Service support']]);
    expect(errors(out)[0]?.message).toContain('« Direction de la DSI » et « Centre de données »');
  });

  it('refuses a support whose cost would be lost, and one left without receiver by the method', () => {
    const lost = run({
      Ventilations: {
        headers: VENTILATIONS.headers,
        rows: [
          ['Direction de la DSI', 'Info', 1],
          ['Centre de données', 'Info', 0],
        ],
      },
    });
    expect(codeOf(lost)).toEqual([['VENTILATION_PERDUE', 'Services', 6, 'Service']]);
    const cascade = run(
      {
        Ventilations: {
          headers: VENTILATIONS.headers,
          rows: [
            ['Direction de la DSI', 'Info', 1],
            ['Centre de données', 'Direction de la DSI', 1],
          ],
        },
      },
      { 'Méthode de ventilation': 'En cascade' },
    );
    expect(codeOf(cascade)).toEqual([
      ['VENTILATION_SANS_RECEVEUR', 'Ventilations', 3, 'Service support'],
    ]);
  });

  it('refuses rows that name a support where it has nothing to do', () => {
    const out = run({
      Adhesions: {
        headers: ['Service', 'Membre'],
        rows: [
          ['Support', 'EPCI'],
          ['Support', 'A'],
          ['Support', 'B'],
          ['Direction de la DSI', 'A'],
        ],
      },
      Charges: {
        headers: CHARGES.headers,
        rows: [...CHARGES.rows, ['Centre de données', 'Baie de A', 'Autre', 10, null, 'A']],
      },
      Usages: {
        headers: ['Service', 'Membre', 'Unité', 'Quantité'],
        rows: [
          ['Support', 'A', 'heure', 10],
          ['Centre de données', 'A', 'heure', 1],
        ],
      },
    });
    expect(codeOf(out)).toEqual([
      ['SERVICE_SUPPORT_INTERDIT', 'Charges', 11, 'Service'],
      ['SERVICE_SUPPORT_INTERDIT', 'Usages', 3, 'Service'],
      ['SERVICE_SUPPORT_INTERDIT', 'Adhesions', 5, 'Service'],
    ]);
  });

  it('refuses a negative support cost, a non-support in Service support, a blank or negative Poids', () => {
    const out = run({
      Charges: {
        headers: CHARGES.headers,
        rows: [...CHARGES.rows, ['Direction de la DSI', 'Subvention', 'Autre', -5000, null, null]],
      },
      Ventilations: {
        headers: VENTILATIONS.headers,
        rows: [
          ...VENTILATIONS.rows,
          ['Info', 'Achats', 1],
          ['Centre de données', 'Achats', null],
          ['Centre de données', 'Achats', -1],
        ],
      },
    });
    expect(codeOf(out)).toEqual([
      ['VENTILATION_PAS_SUPPORT', 'Ventilations', 9, 'Service support'],
      ['POIDS_MANQUANT', 'Ventilations', 10, 'Poids'],
      ['POIDS_NEGATIF', 'Ventilations', 11, 'Poids'],
      ['COUT_SUPPORT_NEGATIF', 'Services', 2, 'Service'],
    ]);
  });

  it('warns about ignored columns of a support and a self row, without validating them', () => {
    const out = run({
      Services: {
        headers: SERVICES_HEADERS,
        rows: [
          [
            'Direction de la DSI',
            'Service support',
            'Population',
            null,
            '150 %',
            null,
            null,
            null,
            3,
          ],
          ...SERVICES.rows.slice(1),
        ],
      },
      Ventilations: {
        headers: VENTILATIONS.headers,
        rows: [...VENTILATIONS.rows, ['Centre de données', 'Centre de données', 5]],
      },
    });
    expect(errors(out)).toEqual([]);
    expect(
      out.problems.filter((p) => p.severity === 'warning').map((p) => [p.code, p.column]),
    ).toEqual([
      ['COLONNE_IGNOREE_SUPPORT', 'Clé'],
      ['COLONNE_IGNOREE_SUPPORT', 'Échéances'],
      ['COLONNE_IGNOREE_SUPPORT', 'Frais de gestion'],
      ['VENTILATION_SUR_SOI', 'Service support'],
    ]);
  });

  it('refuses an unknown Méthode de ventilation', () => {
    const out = run({}, { 'Méthode de ventilation': 'Proportionnelle' });
    expect(codeOf(out)).toEqual([
      ['METHODE_VENTILATION_INCONNUE', 'Parametres', 4, 'Méthode de ventilation'],
    ]);
  });

  it('without support services: empty ventilation, no sheet, no Services supports row', () => {
    const out = runQuotePart(smallWorkbook(), OPTIONS);
    expect(out.json.ventilation).toEqual([]);
    expect(out.json.ventilationTotals).toEqual([]);
    expect(out.json.checks.some((c) => c.service === 'Services supports')).toBe(false);
    expect(out.plan?.sheets.some((s) => s.name === 'QP Ventilation')).toBe(false);
  });
});
