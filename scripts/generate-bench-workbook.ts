/**
 * Generates large, realistic-looking input workbooks for the benchmarks: N members
 * (one porteur EPCI, communes of every size, a few joining or leaving during the
 * year), services of the three models with composite keys, a few charge lines per
 * service, and usages for the Mise à disposition services. Deterministic (seeded) and
 * written with exceljs's streaming writer (the cell contents are reproducible; the zip
 * timestamps are not), as plain worksheets named like the contract
 * tables (headers in row 1), which the contract accepts in place of Excel tables.
 *
 * Usage: `node lib/scripts/generate-bench-workbook.js MEMBERS OUTPUT.xlsx [SERVICES] [SCENARIOS]`
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { createPrng, type Prng } from './support/prng';

/** What to generate. */
export interface BenchWorkbookOptions {
  /** Number of members, the porteur included (≥ 2). */
  readonly members: number;
  /** Number of services (≥ 1); templates are cycled. */
  readonly services: number;
  /** Number of scenarios besides Référence, each changing the key of the first service (default 0). */
  readonly scenarios?: number;
  /**
   * Installments: `annual` (default: Échéances 1 everywhere, the contract default; at
   * 35,000 members the titres then fit a sheet comfortably) or `mixed` (some services
   * quarterly, as in the templates: about 1,000,000 titre lines at 35,000 members, within
   * 4 % of Excel's 1,048,576-row limit — a stress case, not a realistic body).
   */
  readonly billing?: 'annual' | 'mixed';
  /** Seed of the pseudo-random data (default 20260101). */
  readonly seed?: number;
  /** Output path. */
  readonly outPath: string;
}

/** What was generated. */
export interface BenchWorkbookInfo {
  readonly path: string;
  readonly members: number;
  readonly services: number;
  readonly scenarios: number;
  /** Data rows written per table. */
  readonly rows: Readonly<Record<string, number>>;
}

type Cell = string | number | Date | null;

interface ServiceTemplate {
  readonly model: 'Service commun' | 'Groupement de commandes' | 'Mise à disposition';
  readonly label: string;
  readonly key: string | null;
  readonly unit: string | null;
  readonly fee: number | null;
  readonly settlement: 'Titre' | 'Attribution de compensation' | null;
  readonly execution: 'Conjointe' | 'Séparée' | null;
  readonly installments: 1 | 4;
}

/** The ten service templates (cycled beyond ten): mostly keyed services, two Mises à disposition. */
const TEMPLATES: readonly ServiceTemplate[] = [
  {
    model: 'Service commun',
    label: 'Service commun informatique',
    key: '50% Population + 30% Agents + 20% Postes',
    unit: null,
    fee: 0.03,
    settlement: 'Attribution de compensation',
    execution: null,
    installments: 1,
  },
  {
    model: 'Service commun',
    label: 'Messagerie',
    key: '60% Population + 40% Agents',
    unit: null,
    fee: null,
    settlement: 'Titre',
    execution: null,
    installments: 4,
  },
  {
    model: 'Groupement de commandes',
    label: 'Postes de travail',
    key: 'Postes',
    unit: null,
    fee: 0.015,
    settlement: null,
    execution: 'Conjointe',
    installments: 1,
  },
  {
    model: 'Mise à disposition',
    label: 'Assistance utilisateurs',
    key: null,
    unit: 'heure',
    fee: null,
    settlement: null,
    execution: null,
    installments: 4,
  },
  {
    model: 'Service commun',
    label: 'Hébergement',
    key: '70% Postes + 30% Égalitaire',
    unit: null,
    fee: 0.02,
    settlement: 'Titre',
    execution: null,
    installments: 4,
  },
  {
    model: 'Groupement de commandes',
    label: 'Logiciels métiers',
    key: '60% Population + 40% Agents',
    unit: null,
    fee: 0.02,
    settlement: null,
    execution: 'Séparée',
    installments: 1,
  },
  {
    model: 'Service commun',
    label: 'Sécurité informatique',
    key: '40% Population + 40% Postes + 20% Égalitaire',
    unit: null,
    fee: null,
    settlement: 'Titre',
    execution: null,
    installments: 1,
  },
  {
    model: 'Mise à disposition',
    label: 'Impressions',
    key: null,
    unit: 'page',
    fee: null,
    settlement: null,
    execution: null,
    installments: 1,
  },
  {
    model: 'Service commun',
    label: 'Système d’information géographique',
    key: 'Population',
    unit: null,
    fee: null,
    settlement: 'Titre',
    execution: null,
    installments: 4,
  },
  {
    model: 'Groupement de commandes',
    label: 'Téléphonie',
    key: '50% Agents + 50% Postes',
    unit: null,
    fee: 0.01,
    settlement: null,
    execution: 'Conjointe',
    installments: 4,
  },
];

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
  'Postes',
];
const EURO = '#,##0.00 "€"';

const template = (index: number): ServiceTemplate => TEMPLATES[index % TEMPLATES.length]!;
const serviceName = (index: number): string =>
  `${template(index).label}${index >= TEMPLATES.length ? ` ${Math.floor(index / TEMPLATES.length) + 1}` : ''}`;
const memberName = (index: number): string =>
  index === 0
    ? 'Communauté d’agglomération du Banc d’essai'
    : `Commune ${String(index).padStart(5, '0')}`;
const cents = (prng: Prng, minEuros: number, maxEuros: number): number =>
  prng.int(minEuros * 100, maxEuros * 100) / 100;

/** Adds a plain worksheet with headers in row 1 and column widths/formats. */
function addSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  headers: readonly string[],
  formats: Record<string, string> = {},
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name);
  sheet.columns = headers.map((header) => ({
    header,
    key: header,
    width: Math.max(12, header.length + 4),
    style: formats[header] ? { numFmt: formats[header] } : {},
  }));
  return sheet;
}

function writeRows(sheet: ExcelJS.Worksheet, rows: Iterable<readonly Cell[]>): number {
  let count = 0;
  for (const row of rows) {
    sheet.addRow([...row]).commit();
    count += 1;
  }
  sheet.commit();
  return count;
}

/** Population of member i (porteur excluded): a few towns, many villages. */
function population(prng: Prng): number {
  const r = prng.next();
  if (r < 0.01) return prng.int(20000, 60000);
  if (r < 0.15) return prng.int(2000, 8000);
  return prng.int(150, 1999);
}

function* memberRows(count: number, prng: Prng): Generator<readonly Cell[]> {
  yield [
    memberName(0),
    'EPCI',
    '20000000000016',
    'Oui',
    null,
    null,
    null,
    null,
    prng.int(80, 400),
    prng.int(90, 450),
  ];
  for (let i = 1; i < count; i += 1) {
    const pop = population(prng);
    const agents = Math.max(1, Math.round(pop / prng.int(55, 80)));
    const postes = Math.max(1, Math.round(agents * (0.7 + prng.next() * 0.4)));
    const entree = prng.chance(0.01) ? new Date(Date.UTC(2026, prng.int(1, 11), 1)) : null;
    const sortie =
      !entree && prng.chance(0.005) ? new Date(Date.UTC(2026, prng.int(0, 10), 28)) : null;
    const type = i % 97 === 0 ? 'CCAS' : 'Commune';
    const siret = `21${String(i).padStart(7, '0')}00015`;
    const ac = cents(prng, pop * 20, pop * 160);
    yield [
      memberName(i),
      type,
      siret,
      null,
      ac,
      entree,
      sortie,
      type === 'CCAS' ? null : pop,
      agents,
      postes,
    ];
  }
}

function serviceRow(index: number, billing: 'annual' | 'mixed'): readonly Cell[] {
  const t = template(index);
  const unitCost = t.unit === 'page' ? 0.045 : null;
  return [
    serviceName(index),
    t.model,
    t.key,
    t.unit,
    unitCost,
    t.fee,
    t.settlement,
    t.execution,
    null,
    billing === 'annual' ? 1 : t.installments,
  ];
}

function* chargeRows(services: number, members: number, prng: Prng): Generator<readonly Cell[]> {
  for (let s = 0; s < services; s += 1) {
    const name = serviceName(s);
    const t = template(s);
    const scale = Math.max(1, members / 100);
    yield [
      name,
      'Personnel',
      'Personnel',
      'Fonctionnement',
      cents(prng, 20000 * scale, 60000 * scale),
      null,
      null,
    ];
    yield [
      name,
      'Contrats et licences',
      'Contrats de services',
      'Fonctionnement',
      cents(prng, 5000 * scale, 30000 * scale),
      null,
      null,
    ];
    yield [
      name,
      'Renouvellement du matériel',
      'Renouvellement',
      'Investissement',
      cents(prng, 2000 * scale, 15000 * scale),
      null,
      null,
    ];
    yield [
      name,
      'Subvention',
      'Autre',
      'Fonctionnement',
      -cents(prng, 500 * scale, 3000 * scale),
      null,
      null,
    ];
    yield [
      name,
      'Dépense non éligible',
      'Autre',
      'Fonctionnement',
      cents(prng, 100, 2000),
      'Non',
      null,
    ];
    if (t.model !== 'Mise à disposition')
      yield [
        name,
        'Projet spécifique',
        'Contrats de services',
        'Fonctionnement',
        cents(prng, 1000, 20000),
        null,
        memberName(1 + (s % (members - 1))),
      ];
  }
}

function* usageRows(services: number, members: number, prng: Prng): Generator<readonly Cell[]> {
  for (let s = 0; s < services; s += 1) {
    const t = template(s);
    if (t.model !== 'Mise à disposition' || !t.unit) continue;
    for (let i = 0; i < members; i += 1) {
      const quantity = t.unit === 'heure' ? prng.int(0, 800) / 4 : prng.int(0, 60000);
      yield [serviceName(s), memberName(i), t.unit, quantity];
    }
  }
}

function* scenarioRows(scenarios: number): Generator<readonly Cell[]> {
  const keys = [
    'Population',
    '25% Égalitaire + 75% Postes',
    'Agents',
    '50% Population + 50% Égalitaire',
  ];
  for (let k = 0; k < scenarios; k += 1)
    yield [`Scénario ${k + 1}`, serviceName(0), keys[k % keys.length]!];
}

/** Writes a benchmark workbook with every knob; see `generateBenchWorkbook` for the usual call. */
export async function writeBenchWorkbook(
  options: BenchWorkbookOptions,
): Promise<BenchWorkbookInfo> {
  const { members, services, outPath } = options;
  const scenarios = options.scenarios ?? 0;
  if (!Number.isInteger(members) || members < 2)
    throw new Error(`nombre de membres invalide : ${members}`);
  if (!Number.isInteger(services) || services < 1)
    throw new Error(`nombre de services invalide : ${services}`);
  const prng = createPrng(options.seed ?? 20260101);
  mkdirSync(dirname(resolve(outPath)), { recursive: true });
  const fixed = new Date(Date.UTC(2026, 0, 1));
  // Shared strings, as Excel writes them: exceljs's streaming writer would otherwise emit formula-string cells (t="str").
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: outPath,
    useStyles: true,
    useSharedStrings: true,
  });
  workbook.created = fixed;
  workbook.modified = fixed;
  workbook.creator = 'QuotePart';
  const rows: Record<string, number> = {};
  rows['Parametres'] = writeRows(addSheet(workbook, 'Parametres', ['Paramètre', 'Valeur']), [
    ['Exercice', 2026],
    ['Organisme', memberName(0)],
    ['Convention', 'Convention de banc d’essai n° 1'],
    ["Date d'émission", '02/03/2026'],
    ['Arrondi', 0.01],
  ]);
  rows['Membres'] = writeRows(
    addSheet(workbook, 'Membres', MEMBER_HEADERS, {
      'Attribution de compensation': EURO,
      Entrée: 'dd/mm/yyyy',
      Sortie: 'dd/mm/yyyy',
    }),
    memberRows(members, prng),
  );
  rows['Services'] = writeRows(
    addSheet(workbook, 'Services', [
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
    ]),
    Array.from({ length: services }, (_, s) => serviceRow(s, options.billing ?? 'annual')),
  );
  rows['Charges'] = writeRows(
    addSheet(
      workbook,
      'Charges',
      ['Service', 'Libellé', 'Nature', 'Section', 'Montant', 'Éligible', 'Membre'],
      { Montant: EURO },
    ),
    chargeRows(services, members, prng),
  );
  rows['Usages'] = writeRows(
    addSheet(workbook, 'Usages', ['Service', 'Membre', 'Unité', 'Quantité']),
    usageRows(services, members, prng),
  );
  if (scenarios > 0)
    rows['Scenarios'] = writeRows(
      addSheet(workbook, 'Scenarios', ['Scénario', 'Service', 'Clé']),
      scenarioRows(scenarios),
    );
  await workbook.commit();
  return { path: outPath, members, services, scenarios, rows };
}

/**
 * Writes a benchmark workbook of `members` members and `services` services (10 by
 * default) to `outPath`, always the same for the same arguments.
 */
export async function generateBenchWorkbook(
  members: number,
  services = 10,
  outPath: string,
  billing: 'annual' | 'mixed' = 'annual',
): Promise<BenchWorkbookInfo> {
  return writeBenchWorkbook({ members, services, outPath, billing });
}

async function main(args: readonly string[]): Promise<number> {
  const [membersArg, outArg, servicesArg, scenariosArg, billingArg] = args;
  const members = Number(membersArg);
  if (!membersArg || !outArg || !Number.isInteger(members)) {
    console.error(
      'Usage : node lib/scripts/generate-bench-workbook.js MEMBRES SORTIE.xlsx [SERVICES] [SCENARIOS] [annuel|mixte]',
    );
    return 2;
  }
  const started = process.hrtime.bigint();
  const info = await writeBenchWorkbook({
    members,
    services: servicesArg ? Number(servicesArg) : 10,
    scenarios: scenariosArg ? Number(scenariosArg) : 0,
    billing: billingArg === 'mixte' ? 'mixed' : 'annual',
    outPath: outArg,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  console.log(
    `Classeur de banc d'essai écrit : ${info.path} (${info.members} membres, ${info.services} services, ${ms.toFixed(0)} ms)`,
  );
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
