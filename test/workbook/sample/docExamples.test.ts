/**
 * Keeps the worked examples of docs/regles-de-calcul.md true: each example is run
 * through the engine (in memory, tables in the sample's data form) and its figures
 * are checked as printed in the document.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runQuotePart, type ResultJson } from '../../../src/engine';
import type { SampleTable } from '../../../src/workbook/sample/sampleData';
import { sampleRawWorkbook } from '../../../src/workbook/sample/sampleRawWorkbook';
import { scenarioText } from '../../../src/cli/scenarioLines';

const date = (iso: string) => ({ kind: 'date' as const, iso });
const params = (extra: SampleTable['rows'] = []): SampleTable => ({
  name: 'Parametres',
  headers: ['Paramètre', 'Valeur'],
  rows: [['Exercice', 2026], ...extra],
});
const FOUR_MEMBERS: SampleTable = {
  name: 'Membres',
  headers: ['Membre', 'Porteur', 'Attribution de compensation', 'Population', 'Agents', 'Postes'],
  rows: [
    ['Communauté', 'Oui', null, null, 20, 31],
    ['Commune A', null, 250000, 6000, 40, 47],
    ['Commune B', null, 180000, 3000, 15, 14],
    ['Commune C', null, 6500, 1000, 5, 9],
  ],
};

function run(tables: SampleTable[]): ResultJson {
  const outcome = runQuotePart(sampleRawWorkbook(tables), {
    generatedAt: '2026-01-01T00:00:00Z',
    version: 'test',
    source: 'docs',
    host: 'cli',
  });
  expect(outcome.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return outcome.json;
}

const byMember = (json: ResultJson, field: 'quotePart' | 'fee' | 'billed') =>
  Object.fromEntries(
    json.quoteParts.filter((q) => q.scenario === 'Référence').map((q) => [q.member, q[field]]),
  );
const titres = (json: ResultJson) => json.titres.map((t) => [t.period, t.debtor, t.amount]);

describe('worked examples of docs/regles-de-calcul.md', () => {
  const madTables: SampleTable[] = [
    params(),
    {
      name: 'Membres',
      headers: ['Membre', 'Porteur', 'Entrée'],
      rows: [
        ['Communauté', 'Oui', null],
        ['Commune A', null, null],
        ['Commune B', null, date('2026-07-01')],
      ],
    },
    {
      name: 'Services',
      headers: ['Service', 'Modèle', 'Unité', 'Échéances'],
      rows: [['Assistance', 'Mise à disposition', 'heure', 4]],
    },
    {
      name: 'Charges',
      headers: ['Service', 'Libellé', 'Montant', 'Éligible'],
      rows: [
        ['Assistance', 'Personnel', 40000, null],
        ['Assistance', 'Fournitures', 1250, null],
        ['Assistance', 'Cotisation', 300, 'Non'],
      ],
    },
    {
      name: 'Usages',
      headers: ['Service', 'Membre', 'Unité', 'Quantité'],
      rows: [
        ['Assistance', 'Communauté', 'heure', 600],
        ['Assistance', 'Commune A', 'heure', 450],
        ['Assistance', 'Commune B', 'heure', 187.5],
      ],
    },
  ];

  it('exemple 3: presence fraction with an equal key', () => {
    const json = run([
      params(),
      {
        name: 'Membres',
        headers: ['Membre', 'Porteur', 'Entrée'],
        rows: [
          ['X', 'Oui', null],
          ['Y', null, null],
          ['Z', null, date('2026-07-01')],
        ],
      },
      {
        name: 'Services',
        headers: ['Service', 'Modèle', 'Clé'],
        rows: [['S', 'Service commun', 'Égalitaire']],
      },
      { name: 'Charges', headers: ['Service', 'Montant'], rows: [['S', 1000]] },
    ]);
    expect(byMember(json, 'quotePart')).toEqual({ X: '399.35', Y: '399.34', Z: '201.31' });
  });

  it('exemples 4 and 7: mise à disposition, unit cost, gap and quarterly installments', () => {
    const json = run(madTables);
    expect(json.quoteParts[0]!.unitCost).toBe('33.3333');
    expect(byMember(json, 'quotePart')).toEqual({
      Communauté: '19999.98',
      'Commune A': '14999.99',
      'Commune B': '6249.99',
    });
    expect(json.checks[0]).toMatchObject({
      base: '41250.00',
      total: '41249.96',
      difference: '-0.04',
    });
    expect(titres(json)).toEqual([
      ['2026-T1', 'Commune A', '3750.00'],
      ['2026-T2', 'Commune A', '3750.00'],
      ['2026-T3', 'Commune A', '3750.00'],
      ['2026-T3', 'Commune B', '3125.00'],
      ['2026-T4', 'Commune A', '3749.99'],
      ['2026-T4', 'Commune B', '3124.99'],
    ]);
  });

  it('exemple 4: the base de liquidation quoted in the docs is the one the tool writes', () => {
    const json = run(madTables);
    const docs = readFileSync(path.join(__dirname, '../../../docs/regles-de-calcul.md'), 'utf8');
    const quoted = /ce qu'écrit l'outil\) : «\s([\s\S]+?\.)\s»/.exec(docs)?.[1];
    // The docs wrap lines and write plain spaces where the tool writes no-break ones.
    const plain = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
    expect(plain(quoted ?? '')).toBe(plain(json.titres[0]!.liquidation));
  });

  it('exemple 9: régularisation gives a solde titre and a reduction', () => {
    const json = run([
      ...madTables,
      {
        name: 'Acomptes',
        headers: ['Membre', 'Service', 'Montant'],
        rows: [
          ['Commune A', 'Assistance', 14000],
          ['Commune B', 'Assistance', 6500],
        ],
      },
    ]);
    expect(titres(json)).toEqual([['2026', 'Commune A', '999.99']]);
    expect(json.reductions).toEqual([
      { debtor: 'Commune B', service: 'Assistance', amount: '250.01' },
    ]);
  });

  const serviceCommun = (reglement: string, method?: string): SampleTable[] => [
    params(method ? [["Méthode d'arrondi", method]] : []),
    FOUR_MEMBERS,
    {
      name: 'Services',
      headers: ['Service', 'Modèle', 'Clé', 'Frais de gestion', 'Règlement'],
      rows: [['SCI', 'Service commun', '50% Population + 50% Agents', '3 %', reglement]],
    },
    {
      name: 'Charges',
      headers: ['Service', 'Libellé', 'Montant', 'Éligible', 'Membre'],
      rows: [
        ['SCI', 'Personnel', 90000, null, null],
        ['SCI', 'Contrats', 12123.45, null, null],
        ['SCI', 'Subvention', -6000, null, null],
        ['SCI', 'Réception', 500, 'Non', null],
        ['SCI', 'Projet spécifique', 2000, null, 'Commune A'],
      ],
    },
    { name: 'CoutsAutonomes', headers: ['Membre', 'Montant'], rows: [['Commune C', 7500]] },
  ];

  it('exemples 5 and 10: service commun with overhead, direct cost, AC and stand-alone gain', () => {
    const json = run(serviceCommun('Attribution de compensation'));
    expect(byMember(json, 'quotePart')).toEqual({
      Communauté: '12375.90',
      'Commune A': '56513.93',
      'Commune B': '24132.99',
      'Commune C': '8044.33',
    });
    expect(json.checks[0]).toMatchObject({
      base: '101067.15',
      total: '101067.15',
      difference: '0.00',
    });
    expect(json.compensation.map((c) => [c.member, c.after])).toEqual([
      ['Commune A', '193486.07'],
      ['Commune B', '155867.01'],
      ['Commune C', '-1544.33'],
    ]);
    expect(json.comparison.find((c) => c.member === 'Commune C')).toMatchObject({
      total: '8044.33',
      standalone: '7500.00',
      gain: '-544.33',
    });
  });

  it('exemple 5, ligne à ligne: the shares sum one cent short', () => {
    const json = run(serviceCommun('Titre', 'Ligne à ligne'));
    expect(byMember(json, 'quotePart')['Communauté']).toBe('12375.89');
    expect(json.checks[0]).toMatchObject({ total: '101067.14', difference: '-0.01' });
  });

  it.each([
    ['Conjointe', { 'Commune A': '14169.81', 'Commune B': '8483.79', 'Commune C': '2713.37' }],
    ['Séparée', { 'Commune A': '209.41', 'Commune B': '125.38', 'Commune C': '40.10' }],
  ])('exemple 6: groupement, exécution %s', (execution, billed) => {
    const json = run([
      params(),
      FOUR_MEMBERS,
      {
        name: 'Services',
        headers: ['Service', 'Modèle', 'Clé', 'Frais de gestion', 'Exécution'],
        rows: [['Postes', 'Groupement de commandes', 'Postes', '1,5 %', execution]],
      },
      {
        name: 'Charges',
        headers: ['Service', 'Libellé', 'Montant', 'Membre'],
        rows: [
          ['Postes', 'Marché', 30000, null],
          ['Postes', 'Commande propre', 4200, 'Commune B'],
        ],
      },
    ]);
    expect(byMember(json, 'quotePart')).toEqual({
      Communauté: '9207.92',
      'Commune A': '13960.40',
      'Commune B': '8358.41',
      'Commune C': '2673.27',
    });
    expect(byMember(json, 'fee')).toEqual({
      Communauté: '0.00',
      'Commune A': '209.41',
      'Commune B': '125.38',
      'Commune C': '40.10',
    });
    const { Communauté: _porteur, ...others } = byMember(json, 'billed');
    expect(others).toEqual(billed);
  });

  it('exemple 8: Rochebrune’s semester hosting lines are carried into its next titres (sample workbook)', () => {
    // Figures of the sample: see the demo; here only the carry-over rule is checked.
    const json = run([
      params(),
      {
        name: 'Membres',
        headers: ['Membre', 'Porteur', 'Postes'],
        rows: [
          ['EPCI', 'Oui', 10],
          ['Rochebrune', null, 5],
        ],
      },
      {
        name: 'Services',
        headers: ['Service', 'Modèle', 'Clé', 'Échéances'],
        rows: [
          ['Hébergement', 'Service commun', 'Go', 2],
          ['Messagerie', 'Service commun', 'Postes', 1],
        ],
      },
      {
        name: 'Charges',
        headers: ['Service', 'Montant'],
        rows: [
          ['Hébergement', 2304],
          ['Messagerie', 3000],
        ],
      },
      {
        name: 'Usages',
        headers: ['Service', 'Membre', 'Unité', 'Quantité'],
        rows: [
          ['Hébergement', 'EPCI', 'Go', 99],
          ['Hébergement', 'Rochebrune', 'Go', 1],
        ],
      },
    ]);
    // Hébergement: 23,04 € → 11,52 € per semester; S1 goes onto the annual titre, S2 is left below the floor.
    expect(json.titres.map((t) => [t.number, t.period, t.service, t.amount])).toEqual([
      [1, '2026', 'Hébergement', '11.52'],
      [1, '2026', 'Messagerie', '1000.00'],
    ]);
    expect(
      json.issues
        .filter((i) => i.severity === 'warning')
        .map((i) => i.message)
        .join(' '),
    ).toContain('Rochebrune');
  });

  describe('exemple 11 (§11.1): three communes and the coalition test', () => {
    const tables: SampleTable[] = [
      params(),
      {
        name: 'Membres',
        headers: ['Membre', 'Porteur', 'Population'],
        rows: [
          ['Agglo', 'Oui', 0],
          ['Ville A', null, 2000],
          ['Ville B', null, 3000],
          ['Ville C', null, 5000],
        ],
      },
      {
        name: 'Services',
        headers: ['Service', 'Modèle', 'Clé'],
        rows: [['Informatique', 'Service commun', 'Population']],
      },
      { name: 'Charges', headers: ['Service', 'Montant'], rows: [['Informatique', 12000]] },
      {
        name: 'CoutsAutonomes',
        headers: ['Membre', 'Montant'],
        rows: [
          ['Ville A', 3000],
          ['Ville A + Ville B', 5500],
          ['Ville A + Ville B + Ville C', 13000],
        ],
      },
      {
        name: 'Scenarios',
        headers: ['Scénario', 'Service', 'Clé'],
        rows: [['Parts égales', 'Informatique', 'Égalitaire']],
      },
    ];
    const outcome = () =>
      runQuotePart(sampleRawWorkbook(tables), {
        generatedAt: '2026-01-01T00:00:00Z',
        version: 'test',
        source: 'docs',
        host: 'cli',
      });
    /** `-500.00` as the docs write it: `−500,00 €`. */
    const euros = (amount: string) => {
      const [int = '', cents = ''] = amount.replace('-', '').split('.');
      const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
      return `${amount.startsWith('-') ? '−' : ''}${grouped},${cents} €`;
    };
    /** The paragraph of the example, on one line, plain spaces, no Markdown emphasis. */
    const paragraph = () => {
      const docs = readFileSync(path.join(__dirname, '../../../docs/regles-de-calcul.md'), 'utf8');
      const text = /_Exemple 11 \(trois communes\)\._([\s\S]+?)\n\n/.exec(docs)?.[1] ?? '';
      return text.replace(/\*\*/g, '').replace(/[\s\u00a0\u202f]+/g, ' ');
    };

    it('computes the figures of the example', () => {
      const out = outcome();
      expect(out.problems.filter((p) => p.severity === 'error')).toEqual([]);
      const json = out.json;
      expect(byMember(json, 'quotePart')).toEqual({
        Agglo: '0.00',
        'Ville A': '2400.00',
        'Ville B': '3600.00',
        'Ville C': '6000.00',
      });
      expect(
        json.comparison
          .filter((c) => c.scenario === 'Référence' && c.member === 'Ville A')
          .map((c) => c.gain),
      ).toEqual(['600.00']);
      expect(json.coalitions.map((c) => [c.scenario, c.group, c.total, c.gain, c.stable])).toEqual([
        ['Référence', 'Ville A + Ville B', '6000.00', '-500.00', false],
        ['Référence', 'Ville A + Ville B + Ville C', '12000.00', '1000.00', true],
        ['Parts égales', 'Ville A + Ville B', '6000.00', '-500.00', false],
        ['Parts égales', 'Ville A + Ville B + Ville C', '9000.00', '4000.00', true],
      ]);
      expect(out.summary.scenarios.map((s) => [s.scenario, s.wouldLeave])).toEqual([
        ['Référence', ['Ville A + Ville B']],
        ['Parts égales', ['Ville A + Ville B']],
      ]);
    });

    it('the docs print the figures the engine computes', () => {
      const json = outcome().json;
      const text = paragraph();
      const quoteParts = byMember(json, 'quotePart');
      for (const member of ['Ville A', 'Ville B', 'Ville C'])
        expect(text).toContain(euros(quoteParts[member] as string));
      const gainA = json.comparison.find(
        (c) => c.scenario === 'Référence' && c.member === 'Ville A',
      )?.gain;
      expect(text).toContain(`A seule gagne ${euros(gainA ?? '')}`);
      const [pair, all, equalPair] = json.coalitions;
      expect(text).toContain(
        `paie ${euros(pair?.total ?? '')} pour un coût autonome de ${euros(pair?.standalone ?? '')} : gain ${euros(pair?.gain ?? '')}, non stable`,
      );
      expect(text).toContain(`les trois ensemble gagnent ${euros(all?.gain ?? '')}`);
      expect(text).toContain(
        `A + B paient encore ${euros(equalPair?.total ?? '')} : toujours non stable`,
      );
      const equalShare = json.quoteParts.find(
        (q) => q.scenario === 'Parts égales' && q.member === 'Agglo',
      )?.quotePart;
      expect(text).toContain(`${euros(equalShare ?? '')} chacun`);
      const leaving = outcome().summary.scenarios[0]?.wouldLeave ?? [];
      expect(text).toContain(`« quitterait la mutualisation : ${leaving.join(' ; ')} »`);
    });

    it('the docs print the lines the CLI prints for the example', () => {
      const docs = readFileSync(path.join(__dirname, '../../../docs/regles-de-calcul.md'), 'utf8');
      const block =
        /Ce que la ligne de commande écrit pour cet exemple :\n\n((?: {4}.+\n)+)/.exec(docs)?.[1] ??
        '';
      const printed = block.replace(/^ {4}/gm, '');
      expect(printed).not.toBe('');
      expect(printed).toBe(scenarioText(outcome().summary.scenarios).replace(/\u202f/g, ' '));
    });
  });

  describe('§15: two support services that serve each other', () => {
    const tables = (method: string): SampleTable[] => [
      params([['Méthode de ventilation', method]]),
      FOUR_MEMBERS,
      {
        name: 'Services',
        headers: ['Service', 'Modèle', 'Clé'],
        rows: [
          ['Direction de la DSI', 'Service support', null],
          ['Informatique', 'Service commun', 'Population'],
          ['Achats', 'Groupement de commandes', 'Égalitaire'],
          ['Hébergement', 'Service commun', 'Postes'],
          ['Centre de données', 'Service support', null],
        ],
      },
      {
        name: 'Charges',
        headers: ['Service', 'Montant'],
        rows: [
          ['Direction de la DSI', 1000],
          ['Centre de données', 2000],
          ['Informatique', 10000],
          ['Achats', 5000],
          ['Hébergement', 4000],
        ],
      },
      {
        name: 'Ventilations',
        headers: ['Service support', 'Service', 'Poids'],
        rows: [
          ['Direction de la DSI', 'Centre de données', '20 %'],
          ['Direction de la DSI', 'Informatique', '50 %'],
          ['Direction de la DSI', 'Achats', '30 %'],
          ['Centre de données', 'Direction de la DSI', 10],
          ['Centre de données', 'Informatique', 60],
          ['Centre de données', 'Hébergement', 30],
        ],
      },
    ];
    const received = (json: ResultJson) => json.ventilationTotals.map((r) => r.received ?? r.total);

    it('Réciproque: T_D = 60 000 / 49, T_C = 110 000 / 49; V = 1 959,18 / 367,35 / 673,47', () => {
      const json = run(tables('Réciproque'));
      expect(received(json)).toEqual(['1224.49', '1959.18', '367.35', '673.47', '2244.90']);
      const info = json.titres.find((t) => t.service === 'Informatique')?.liquidation ?? '';
      expect(info).toMatch(/dont 1\s959,18\s€ de services supports ventilés/);
    });

    it('En cascade and Directe give the figures of the text', () => {
      expect(received(run(tables('En cascade')))).toEqual([
        '1000.00',
        '1966.67',
        '300.00',
        '733.33',
        '2200.00',
      ]);
      expect(received(run(tables('Directe')))).toEqual([
        '1000.00',
        '1958.33',
        '375.00',
        '666.67',
        '2000.00',
      ]);
    });
  });
});
