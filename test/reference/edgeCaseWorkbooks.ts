/**
 * Hand-built edge-case workbooks ("probes") for the differential test. Each one isolates
 * one sentence of the contract (or one point where the contract is silent) so that a
 * disagreement between the engine and the reference points at that sentence directly.
 *
 * `verdict` is what the contract says (valid / invalid) when it says it; `silent` probes
 * have no verdict: they only report how the two implementations read the silence.
 */
import type { RawCell, RawTable, RawWorkbook } from '../../src/engine/input/rawWorkbook';

/** One probe. */
export interface EdgeCase {
  readonly name: string;
  /** The contract's verdict, or 'silent' when it gives none. */
  readonly verdict: 'valid' | 'invalid' | 'silent';
  /** The contract sentence (or the silence) the probe tests. */
  readonly note: string;
  readonly workbook: RawWorkbook;
}

type Rows = RawCell[][];
interface TableSpec {
  readonly headers: string[];
  readonly rows: Rows;
  readonly source?: 'table' | 'sheet';
}
type Overrides = Partial<Record<string, TableSpec | null>>;

const MEMBER_HEADERS = [
  'Membre',
  'Type',
  'SIRET',
  'Porteur',
  'Attribution de compensation',
  'Entrée',
  'Sortie',
  'Population',
  'Agents',
  'Commentaire',
];
const SERVICE_HEADERS = [
  'Service',
  'Modèle',
  'Clé',
  'Unité',
  'Coût unitaire',
  'Frais de gestion',
  'Règlement',
  'Exécution',
  'Compte',
  'Échéances',
];
const CHARGE_HEADERS = ['Service', 'Libellé', 'Nature', 'Section', 'Montant', 'Éligible', 'Membre'];

const BASE: Record<string, TableSpec> = {
  Parametres: { headers: ['Paramètre', 'Valeur'], rows: [['Exercice', 2026]] },
  Membres: {
    headers: MEMBER_HEADERS,
    rows: [
      ['Porteur', 'EPCI', null, 'Oui', null, null, null, 5000, 10, 'texte'],
      ['Alpha', 'Commune', null, null, 1000, null, null, 3000, 4.5, null],
      ['Bêta', 'Commune', null, null, 2000, null, null, 2000, 2.25, 'note'],
      ['Gamma', 'CCAS', null, null, 500, null, null, 1000, 1, null],
    ],
  },
  Services: {
    headers: SERVICE_HEADERS,
    rows: [
      ['Informatique', 'Service commun', 'Population', null, null, null, null, null, null, null],
      ['Assistance', 'Mise à disposition', null, 'Heures', null, null, null, null, null, 4],
    ],
  },
  Charges: {
    headers: CHARGE_HEADERS,
    rows: [
      ['Informatique', 'Personnel', 'Personnel', null, 1000, null, null],
      ['Assistance', 'Personnel', 'Personnel', null, 900, null, null],
    ],
  },
  Usages: {
    headers: ['Service', 'Membre', 'Unité', 'Quantité'],
    rows: [
      ['Assistance', 'Alpha', 'Heures', 10],
      ['Assistance', 'Bêta', 'Heures', 20],
    ],
  },
};

function table(name: string, spec: TableSpec): RawTable {
  return {
    name,
    sheet: name,
    source: spec.source ?? 'table',
    headerRow: 1,
    firstColumn: 1,
    headers: spec.headers,
    rows: spec.rows,
  };
}

/** The base workbook with some tables replaced (null removes one, a new name adds one). */
function wb(overrides: Overrides = {}, extra: RawTable[] = []): RawWorkbook {
  const tables: RawTable[] = [];
  const names = new Set([...Object.keys(BASE), ...Object.keys(overrides)]);
  const serviceOverride = overrides.Services;
  const known = serviceOverride ? new Set(serviceOverride.rows.map((r) => r[0])) : null;
  for (const name of names) {
    let spec = name in overrides ? overrides[name] : BASE[name];
    if (spec && known && !(name in overrides) && (name === 'Charges' || name === 'Usages')) {
      // base rows of services the override removed would name unknown services
      spec = { ...spec, rows: spec.rows.filter((r) => known.has(r[0] ?? null)) };
      if (name === 'Usages' && spec.rows.length === 0) spec = null;
    }
    if (spec) tables.push(table(name, spec));
  }
  tables.push(...extra);
  return { tables, sheetNames: tables.map((t) => t.sheet) };
}

/** The base table `name` with extra rows. */
function plus(name: string, rows: Rows): TableSpec {
  const base = BASE[name] as TableSpec;
  return { headers: base.headers, rows: [...base.rows, ...rows] };
}

/** The base table `name` with one row changed. */
function edit(
  name: string,
  index: number,
  column: string,
  value: RawCell,
  from?: TableSpec,
): TableSpec {
  const base = from ?? (BASE[name] as TableSpec);
  const col = base.headers.indexOf(column);
  return {
    headers: base.headers,
    rows: base.rows.map((r, i) => (i === index ? r.map((c, j) => (j === col ? value : c)) : r)),
  };
}

function services(rows: Rows): TableSpec {
  return { headers: SERVICE_HEADERS, rows };
}

function sc(
  name: string,
  key: string,
  more: Partial<Record<'rate' | 'reg' | 'exe' | 'ech', RawCell>> = {},
): RawCell[] {
  return [
    name,
    'Service commun',
    key,
    null,
    null,
    more.rate ?? null,
    more.reg ?? null,
    more.exe ?? null,
    null,
    more.ech ?? null,
  ];
}

/** Every probe. */
export const EDGE_CASES: readonly EdgeCase[] = [
  { name: 'base', verdict: 'valid', note: 'the base workbook itself', workbook: wb() },
  {
    name: 'zero-weight-on-zero-total-criterion',
    verdict: 'valid',
    note: '§2 "A criterion with non-zero weight whose total over P is 0 is an error" (so weight 0 is fine)',
    workbook: wb({
      Membres: {
        headers: [...MEMBER_HEADERS, 'Vide'],
        rows: (BASE.Membres as TableSpec).rows.map((r) => [...r, 0]),
      },
      Services: services([sc('Informatique', '0% Vide + 100 % Population')]),
      Charges: {
        headers: CHARGE_HEADERS,
        rows: [['Informatique', 'x', null, null, 1000, null, null]],
      },
    }),
  },
  {
    name: 'titre-exactly-at-floor',
    verdict: 'valid',
    note: '§1 "titres below this total are not issued": a 15.00 titre is issued',
    workbook: wb({
      Services: services([sc('Informatique', 'Égalitaire')]),
      Charges: {
        headers: CHARGE_HEADERS,
        rows: [['Informatique', 'x', null, null, 60, null, null]],
      },
    }),
  },
  {
    name: 'entree-equals-sortie',
    verdict: 'valid',
    note: '§3.2 both days included: presence of one day',
    workbook: wb({
      Membres: {
        headers: MEMBER_HEADERS,
        rows: (BASE.Membres as TableSpec).rows.map((r, i) =>
          i === 1
            ? r.map((c, j) =>
                j === 5 ? '10/03/2026' : j === 6 ? { kind: 'date', iso: '2026-03-10' } : c,
              )
            : r,
        ),
      },
      Services: services([sc('Informatique', '50% Égalitaire + 50% Population', { ech: 12 })]),
    }),
  },
  {
    name: 'table-wins-over-sheet',
    verdict: 'valid',
    note: '§1 "Where a workbook has no table of that name, a worksheet of that name … is accepted instead"',
    workbook: wb({}, [
      table('Charges', {
        headers: ['Service', 'Montant'],
        rows: [['Inconnu', 'pas un nombre']],
        source: 'sheet',
      }),
    ]),
  },
  {
    name: 'sheet-only',
    verdict: 'valid',
    note: '§1 a worksheet whose first row holds the headers is accepted',
    workbook: wb({ Charges: { ...(BASE.Charges as TableSpec), source: 'sheet' } }),
  },
  {
    name: 'number-text-forms',
    verdict: 'valid',
    note: '§1 "1234.5", "1 234,50", "1 234,50 €" with normal, non-breaking or narrow non-breaking space',
    workbook: wb({
      Charges: plus('Charges', [
        ['Informatique', 'a', null, null, '1 234,50 €', null, null],
        ['Informatique', 'b', null, null, '1\u00a0234,5', null, null],
        ['Informatique', 'c', null, null, '2\u202f000', null, null],
        ['Informatique', 'd', null, null, '1234.5', null, null],
        ['Informatique', 'e', null, null, '1,234', null, null],
      ]),
    }),
  },
  {
    name: 'percent-in-montant',
    verdict: 'invalid',
    note: '§1 "12 %" only where a rate is expected',
    workbook: wb({
      Charges: plus('Charges', [['Informatique', 'a', null, null, '12 %', null, null]]),
    }),
  },
  {
    name: 'comma-and-dot',
    verdict: 'invalid',
    note: '§1 "text with both is an error"',
    workbook: wb({
      Charges: plus('Charges', [['Informatique', 'a', null, null, '1.234,5', null, null]]),
    }),
  },
  {
    name: 'error-cell-in-montant',
    verdict: 'invalid',
    note: '§1 "Cells holding an Excel error where a value is read are an error"',
    workbook: wb({
      Charges: plus('Charges', [
        ['Informatique', 'a', null, null, { kind: 'error', code: '#DIV/0!' }, null, null],
      ]),
    }),
  },
  {
    name: 'error-cell-in-libelle',
    verdict: 'valid',
    note: '§4.7 an Excel error value in an informative column is a warning',
    workbook: wb({
      Charges: plus('Charges', [
        [
          'Informatique',
          { kind: 'error', code: '#N/A' },
          { kind: 'error', code: '#REF!' },
          null,
          5,
          null,
          null,
        ],
      ]),
    }),
  },
  {
    name: 'blank-quantite',
    verdict: 'invalid',
    note: '§1 "A blank Montant or Quantité is an error (write 0)"',
    workbook: wb({ Usages: plus('Usages', [['Assistance', 'Gamma', 'Heures', null]]) }),
  },
  {
    name: 'names-matched-loosely',
    verdict: 'valid',
    note: "§1 names matched ignoring case, accents, spaces, underscores, ’ = '",
    workbook: wb({
      Membres: edit('Membres', 3, 'Membre', 'Commune d’Aubais'),
      Usages: plus('Usages', [['ASSISTANCE', "COMMUNE_D'AUBAIS", 'heures', 5]]),
      Charges: plus('Charges', [['informatique', 'x', null, null, 10, 'oui', 'BETA']]),
    }),
  },
  {
    name: 'duplicate-member-after-matching',
    verdict: 'invalid',
    note: '§1 "two members … whose names match this way are duplicates: an error"',
    workbook: wb({
      Membres: plus('Membres', [['ALPHA', null, null, null, null, null, null, 1, 1, null]]),
    }),
  },
  {
    name: 'usage-zero-for-non-participant',
    verdict: 'valid',
    note: '§1 only "A quantity > 0 for a member who does not take part" is an error',
    workbook: wb({
      Usages: plus('Usages', [['Assistance', 'Gamma', 'Heures', 0]]),
      Adhesions: {
        headers: ['Service', 'Membre'],
        rows: [
          ['Assistance', 'Alpha'],
          ['Assistance', 'Bêta'],
          ['Assistance', 'Porteur'],
        ],
      },
    }),
  },
  {
    name: 'usage-positive-for-non-participant',
    verdict: 'invalid',
    note: '§1 "A quantity > 0 for a member who does not take part in the service is an error"',
    workbook: wb({
      Usages: plus('Usages', [['Assistance', 'Gamma', 'Heures', 1]]),
      Adhesions: {
        headers: ['Service', 'Membre'],
        rows: [
          ['Assistance', 'Alpha'],
          ['Assistance', 'Bêta'],
        ],
      },
    }),
  },
  {
    name: 'fee-on-mad-is-a-warning',
    verdict: 'valid',
    note: '§4.7 "Frais de gestion on a Mise à disposition (ignored)" is a warning',
    workbook: wb({ Services: edit('Services', 1, 'Frais de gestion', '5 %') }),
  },
  {
    name: 'siret-9-digits-and-unknown-type',
    verdict: 'valid',
    note: '§4.7 warnings: a SIRET that is not 14 digits, an unknown Type',
    workbook: wb({
      Membres: edit('Membres', 2, 'Type', 'Association', edit('Membres', 1, 'SIRET', '123456789')),
    }),
  },
  {
    name: 'boolean-forms',
    verdict: 'valid',
    note: '§1 Oui/Non, O/N, Vrai/Faux, True/False, 1/0, x = oui',
    workbook: wb({
      Membres: edit('Membres', 0, 'Porteur', 'x'),
      Charges: plus('Charges', [
        ['Informatique', 'a', null, null, 100, 'N', null],
        ['Informatique', 'b', null, null, 100, 'Faux', null],
        ['Informatique', 'c', null, null, 100, 0, null],
        ['Informatique', 'd', null, null, 100, false, null],
        ['Informatique', 'e', null, null, 100, 'Vrai', null],
      ]),
    }),
  },
  {
    name: 'no-porteur-while-billing',
    verdict: 'invalid',
    note: '§1 a porteur "is required as soon as an amount > 0 is billed in Référence"',
    workbook: wb({ Membres: edit('Membres', 0, 'Porteur', null) }),
  },
  {
    name: 'ac-missing',
    verdict: 'invalid',
    note: '§3.4 "Missing AC is an error"',
    workbook: wb({
      Services: services([
        sc('Informatique', 'Population', { reg: 'Attribution de compensation' }),
      ]),
      Membres: edit('Membres', 2, 'Attribution de compensation', null),
    }),
  },
  {
    name: 'ac-negative-is-flagged-not-refused',
    verdict: 'valid',
    note: '§3.4 "A negative AC nette is flagged"',
    workbook: wb({
      Services: services([
        sc('Informatique', 'Population', { reg: 'Attribution de compensation' }),
      ]),
      Charges: {
        headers: CHARGE_HEADERS,
        rows: [['Informatique', 'x', null, null, 100000, null, null]],
      },
    }),
  },
  {
    name: 'key-on-text-column',
    verdict: 'invalid',
    note: '§1 "a key naming a non-numeric column is an error"',
    workbook: wb({ Services: services([sc('Informatique', 'Commentaire')]) }),
  },
  {
    name: 'key-on-ac-column',
    verdict: 'invalid',
    note: '§1 "The columns above (AC included) are never criteria"',
    workbook: wb({ Services: services([sc('Informatique', 'Attribution de compensation')]) }),
  },
  {
    name: 'negative-criterion',
    verdict: 'invalid',
    note: '§2 "negative = error"',
    workbook: wb({ Membres: edit('Membres', 2, 'Population', -5) }),
  },
  {
    name: 'mad-no-units-fixed-cost',
    verdict: 'valid',
    note: '§3.3 "U = 0 without a fixed unit cost is an error" (with one it is not)',
    workbook: wb({ Services: edit('Services', 1, 'Coût unitaire', 35.5), Usages: null }),
  },
  {
    name: 'mad-no-units-no-cost',
    verdict: 'invalid',
    note: '§3.3 "U = 0 without a fixed unit cost is an error"',
    workbook: wb({ Usages: null }),
  },
  {
    name: 'member-absent-all-year-with-direct-line',
    verdict: 'valid',
    note: '§4.2 "all of them if the presence lies wholly outside the Exercice"; §3.2 f = 0',
    workbook: wb({
      Membres: edit('Membres', 3, 'Sortie', '15/12/2025'),
      Services: services([sc('Informatique', 'Égalitaire', { ech: 4 })]),
      Charges: {
        headers: CHARGE_HEADERS,
        rows: [
          ['Informatique', 'x', null, null, 1000, null, null],
          ['Informatique', 'projet', null, null, 400, null, 'Gamma'],
        ],
      },
    }),
  },
  {
    name: 'mixed-periodicities-carry',
    verdict: 'valid',
    note: '§4.2 carry into "the same debtor\'s next titre in the order above, whatever its periodicity"',
    workbook: wb({
      Services: services([
        sc('Informatique', 'Égalitaire', { ech: 12 }),
        sc('Messagerie', 'Égalitaire', { ech: 2 }),
        sc('SIG', 'Population'),
      ]),
      Charges: {
        headers: CHARGE_HEADERS,
        rows: [
          ['Informatique', 'x', null, null, 400, null, null],
          ['Messagerie', 'x', null, null, 50, null, null],
          ['SIG', 'x', null, null, 30, null, null],
        ],
      },
    }),
  },
  {
    name: 'groupement-fee-lines',
    verdict: 'valid',
    note: '§4.2 "a groupement fee is its own line, right after its service"',
    workbook: wb({
      Services: services([
        [
          'Achats',
          'Groupement de commandes',
          'Population',
          null,
          null,
          '2,5 %',
          null,
          null,
          '7087',
          4,
        ],
        [
          'Licences',
          'Groupement de commandes',
          'Agents',
          null,
          null,
          0.1,
          null,
          'Séparée',
          null,
          null,
        ],
      ]),
      Charges: {
        headers: CHARGE_HEADERS,
        rows: [
          ['Achats', 'x', null, null, 12345.67, null, null],
          ['Licences', 'x', null, null, 999.99, null, null],
        ],
      },
    }),
  },
  // ---- points where the contract is silent -------------------------------------------
  {
    name: 'acomptes-table-without-rows',
    verdict: 'silent',
    note: '§1 "When present, the run is a régularisation": is an empty Acomptes table "present"?',
    workbook: wb({ Acomptes: { headers: ['Membre', 'Service', 'Montant'], rows: [] } }),
  },
  {
    name: 'acompte-on-zero-billed-pair',
    verdict: 'silent',
    note: '§4.3 "for each debtor and service billed in Référence": is a pair billed 0.00 "billed"? (reduction or warning)',
    workbook: wb({
      Membres: edit('Membres', 3, 'Population', 0),
      Acomptes: {
        headers: ['Membre', 'Service', 'Montant'],
        rows: [
          ['Gamma', 'Informatique', 50],
          ['Alpha', 'Informatique', 10],
        ],
      },
    }),
  },
  {
    name: 'negative-acompte',
    verdict: 'silent',
    note: '§1 Acomptes: Montant: may it be negative?',
    workbook: wb({
      Acomptes: {
        headers: ['Membre', 'Service', 'Montant'],
        rows: [['Alpha', 'Informatique', -20]],
      },
    }),
  },
  {
    name: 'same-criterion-twice-in-key',
    verdict: 'silent',
    note: '§2 weighted sum naming one criterion twice',
    workbook: wb({ Services: services([sc('Informatique', '50% Population + 50% population')]) }),
  },
  {
    name: 'criterion-both-column-and-unit',
    verdict: 'silent',
    note: '§2 "the header of a numeric column of Membres; otherwise a unit in Usages": column first',
    workbook: wb({
      Services: services([sc('Informatique', 'Agents')]),
      Usages: {
        headers: ['Service', 'Membre', 'Unité', 'Quantité'],
        rows: [['Informatique', 'Gamma', 'Agents', 100]],
      },
    }),
  },
  {
    name: 'plus-sign-in-unit-name',
    verdict: 'silent',
    note: '§2 key grammar: a unit named "Mandats + titres"',
    workbook: wb({
      Services: services([sc('Informatique', 'Mandats + titres')]),
      Usages: {
        headers: ['Service', 'Membre', 'Unité', 'Quantité'],
        rows: [
          ['Informatique', 'Alpha', 'Mandats + titres', 100],
          ['Informatique', 'Bêta', 'Mandats + titres', 50],
        ],
      },
    }),
  },
  {
    name: 'scenario-on-mad-with-invalid-key',
    verdict: 'silent',
    note: '§1 "A scenario line on a Mise à disposition service changes nothing" vs "an invalid key in any scenario makes the whole input invalid"',
    workbook: wb({
      Scenarios: {
        headers: ['Scénario', 'Service', 'Clé'],
        rows: [['Variante', 'Assistance', 'Inconnu']],
      },
    }),
  },
  {
    name: 'scenario-twice-same-service',
    verdict: 'silent',
    note: '§1 Scenarios: two lines of one scenario for one service',
    workbook: wb({
      Scenarios: {
        headers: ['Scénario', 'Service', 'Clé'],
        rows: [
          ['V', 'Informatique', 'Agents'],
          ['V', 'Informatique', 'Égalitaire'],
        ],
      },
    }),
  },
  {
    name: 'standalone-twice-same-member',
    verdict: 'silent',
    note: '§1 CoutsAutonomes: two rows for one member',
    workbook: wb({
      CoutsAutonomes: {
        headers: ['Membre', 'Montant'],
        rows: [
          ['Alpha', 100],
          ['Alpha', 200],
        ],
      },
    }),
  },
  {
    name: 'excel-serial-date',
    verdict: 'silent',
    note: '§1 "Dates: real date cells or JJ/MM/AAAA or AAAA-MM-JJ text": a bare number',
    workbook: wb({ Membres: edit('Membres', 1, 'Entrée', 46204) }),
  },
  {
    name: 'whitespace-only-montant',
    verdict: 'silent',
    note: '§1 a text cell holding only spaces: blank (error for Montant) or text (unreadable number)? Either way an error',
    workbook: wb({
      Charges: plus('Charges', [['Informatique', 'a', null, null, '   ', null, null]]),
    }),
  },
  {
    name: 'irregular-thousands-grouping',
    verdict: 'silent',
    note: '§1 "1 234,50": is "12 34,5" a number?',
    workbook: wb({
      Charges: plus('Charges', [['Informatique', 'a', null, null, '12 34,5', null, null]]),
    }),
  },
  {
    name: 'weights-as-fractions',
    verdict: 'silent',
    note: '§2 "weights in %": "0.6 Population + 0.4 Agents"',
    workbook: wb({ Services: services([sc('Informatique', '0.6 Population + 0.4 Agents')]) }),
  },
  {
    name: 'non-eligible-direct-line',
    verdict: 'silent',
    note: '§3.4 "d_i = Σ of rows whose Membre is i": does Éligible = Non exclude a direct line?',
    workbook: wb({
      Charges: plus('Charges', [['Informatique', 'projet', null, null, 300, 'Non', 'Alpha']]),
    }),
  },
  {
    name: 'member-name-with-spaces',
    verdict: 'silent',
    note: '§1 "unique after trimming"; outputs "use names as written": trimmed or not?',
    workbook: wb({ Membres: edit('Membres', 1, 'Membre', '  Alpha  ') }),
  },
  {
    name: 'unknown-parameter',
    verdict: 'silent',
    note: '§1 Parametres: an unknown parameter name',
    workbook: wb({
      Parametres: {
        headers: ['Paramètre', 'Valeur'],
        rows: [
          ['Exercice', 2026],
          ['Couleur', 'bleu'],
        ],
      },
    }),
  },
  {
    name: 'duplicate-parameter',
    verdict: 'silent',
    note: '§1 Parametres: the same parameter twice',
    workbook: wb({
      Parametres: {
        headers: ['Paramètre', 'Valeur'],
        rows: [
          ['Exercice', 2026],
          ['Arrondi', 0.01],
          ['arrondi', 1],
        ],
      },
    }),
  },
  {
    name: 'arrondi-cout-unitaire-and-share-of-mad',
    verdict: 'valid',
    note: '§3.3 c = round(C / U, Arrondi coût unitaire); share n_i/U',
    workbook: wb({
      Parametres: {
        headers: ['Paramètre', 'Valeur'],
        rows: [
          ['Exercice', 2026],
          ['Arrondi coût unitaire', 0.01],
        ],
      },
      Usages: plus('Usages', [
        ['Assistance', 'Gamma', 'Heures', 7.333333],
        ['Assistance', 'Porteur', 'Heures', 3],
      ]),
    }),
  },
];
