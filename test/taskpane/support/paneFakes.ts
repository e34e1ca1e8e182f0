/**
 * Hand-made fakes for the task pane tests: a host that records calls, an engine that returns
 * canned outcomes, and builders for inventories and run outcomes.
 */
import type {
  ConventionAnnexModel,
  ConventionAnnexOptions,
  Problem,
  ReportOptions,
  RunOutcome,
  RunSummary,
  TitresExport,
  WorkbookInventory,
  WritePlan,
} from '../../../src/engine';
import type {
  HostOperations,
  InputTablesOutcome,
  WriteProgress,
  WriteReport,
} from '../../../src/workbook/office/hostOperations';
import type { EngineOperations } from '../../../src/taskpane/engine/engineOperations';
import type { PaneServices } from '../../../src/taskpane/services/paneServices';
import type { StreamedPlan } from '../../../src/workbook/office/streamedPlan';

/** A promise resolved or rejected from outside, to observe a step while it is under way. */
export type Deferred<T> = {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
};

/** Creates a deferred promise. */
export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((ok, ko) => {
    resolve = ok;
    reject = ko;
  });
  return { promise, resolve, reject };
}

const TABLES = [
  'Parametres',
  'Membres',
  'Services',
  'Charges',
  'Usages',
  'Adhesions',
  'Scenarios',
  'CoutsAutonomes',
  'Acomptes',
];
const REQUIRED = new Set(['Parametres', 'Membres', 'Services', 'Charges']);

/** An inventory where the listed tables are found (with their row counts). */
export function inventoryWith(
  rows: Record<string, number>,
  extra: Partial<WorkbookInventory> = {},
): WorkbookInventory {
  return {
    exercice: 2026,
    members: rows.Membres ?? 0,
    services: rows.Services ?? 0,
    scenarios: ['Référence', 'Population seule'],
    tables: TABLES.map((table) => ({
      table,
      required: REQUIRED.has(table),
      found: table in rows,
      source: table in rows ? ('table' as const) : null,
      sheet: table in rows ? table : null,
      rows: rows[table] ?? 0,
    })),
    ...extra,
  };
}

/** The inventory of a blank workbook. */
export const BLANK_INVENTORY: WorkbookInventory = {
  ...inventoryWith({}),
  exercice: null,
  scenarios: [],
};

/** The inventory of the sample workbook. */
export const SAMPLE_INVENTORY = inventoryWith({
  Parametres: 9,
  Membres: 14,
  Services: 7,
  Charges: 28,
  Usages: 52,
  Adhesions: 60,
  Scenarios: 4,
  CoutsAutonomes: 0,
});

const EMPTY_JSON = {
  quoteParts: [],
  titres: [],
  reductions: [],
  compensation: [],
  comparison: [],
  coalitions: [],
  evolution: [],
  checks: [],
  ventilation: [],
  ventilationTotals: [],
  issues: [],
};

/** A summary with two services over two scenarios. */
export const SUMMARY: RunSummary = {
  exercice: 2026,
  services: [
    {
      scenario: 'Référence',
      service: 'Messagerie',
      model: 'service-commun',
      base: '57290',
      total: '57290.00',
      difference: '0',
      participants: 14,
    },
    {
      scenario: 'Référence',
      service: 'Licences bureautiques',
      model: 'mise-a-disposition',
      base: '45202',
      total: '45201.97',
      difference: '-0.03',
      participants: 13,
    },
    {
      scenario: 'Population seule',
      service: 'Messagerie',
      model: 'service-commun',
      base: '57290',
      total: '57290.00',
      difference: '0',
      participants: 14,
    },
    {
      scenario: 'Population seule',
      service: 'Licences bureautiques',
      model: 'mise-a-disposition',
      base: '45202',
      total: '1234567.89',
      difference: '0',
      participants: 13,
    },
  ],
  scenarios: [
    {
      scenario: 'Référence',
      total: '102491.97',
      losers: 0,
      membersNotGaining: null,
      wouldLeave: null,
    },
    {
      scenario: 'Population seule',
      total: '102491.97',
      losers: 3,
      membersNotGaining: null,
      wouldLeave: null,
    },
  ],
  quoteParts: 54,
  titres: 24,
  titreLines: 61,
  titresTotal: '98765.43',
  reductions: 0,
  errors: 0,
  warnings: 0,
};

/** A plan with two sheets. */
export const PLAN: WritePlan = {
  sheets: [
    { name: 'QP Quote-parts', blocks: [], freezeRows: 1 },
    { name: 'QP Contrôles', blocks: [], freezeRows: 1 },
  ],
};

/** A valid run outcome. */
export function okOutcome(problems: readonly Problem[] = []): RunOutcome {
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  return {
    status: 'ok',
    problems,
    json: { ...EMPTY_JSON, comparison: COMPARISON },
    plan: PLAN,
    summary: { ...SUMMARY, warnings },
  };
}

/** An invalid run outcome with the given problems. */
export function invalidOutcome(problems: readonly Problem[]): RunOutcome {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const empty: RunSummary = {
    ...SUMMARY,
    services: [],
    scenarios: [],
    titres: 0,
    titreLines: 0,
    titresTotal: '0',
    errors,
    warnings: problems.length - errors,
  };
  return { status: 'invalid', problems, json: EMPTY_JSON, plan: null, summary: empty };
}

/** A located error on the sample's Charges table. */
export const AMOUNT_ERROR: Problem = {
  severity: 'error',
  code: 'NOMBRE_INVALIDE',
  table: 'Charges',
  row: 5,
  column: 'Montant',
  value: 'douze',
  message:
    "Le montant « douze » n'est pas un nombre : écrivez un montant en euros, par exemple 1 234,50.",
  sheet: 'Charges',
  cell: 'E5',
};

/** A warning with no cell. */
export const SIRET_WARNING: Problem = {
  severity: 'warning',
  code: 'SIRET_INVALIDE',
  table: 'Membres',
  row: 3,
  column: 'SIRET',
  value: '212400',
  message: 'Le SIRET doit avoir 14 chiffres.',
};

/** Members of `okOutcome`, in `Membres` order. */
export const MEMBERS = ['Saint-Aurèle', 'Pontvieux', "Castelnau-d'Aurèle"];

/** `comparison` rows of `okOutcome`: each member in each scenario. */
const COMPARISON = MEMBERS.flatMap((member) =>
  ['Référence', 'Population seule'].map((scenario) => ({
    member,
    scenario,
    total: '100.00',
    delta: '0.00',
    standalone: null,
    gain: null,
  })),
);

/** Recorded calls of the fake host. */
export type HostCalls = {
  readWorkbook: number;
  applyPlan: StreamedPlan[];
  /** Options of each `applyPlan` call (undefined when none was given). */
  applyOptions: unknown[];
  selectCell: [string, string][];
  createInputTemplate: number;
  writeInputTables: number;
};

/** A fake host whose operations can be replaced; calls to the default operations are recorded. */
export function fakeHost(overrides: Partial<HostOperations> = {}): {
  host: HostOperations;
  calls: HostCalls;
} {
  const calls: HostCalls = {
    readWorkbook: 0,
    applyPlan: [],
    applyOptions: [],
    selectCell: [],
    createInputTemplate: 0,
    writeInputTables: 0,
  };
  const report: WriteReport = { syncs: 7, largestRequestBytes: 1000, blocks: 3, replaced: [] };
  const created: InputTablesOutcome = { status: 'created', sheets: ['Parametres', 'Membres'] };
  const host: HostOperations = {
    readWorkbook: async () => {
      calls.readWorkbook++;
      return { tables: [], sheetNames: ['Feuil1'] };
    },
    applyPlan: async (
      plan: StreamedPlan,
      onProgress?: (progress: WriteProgress) => void,
      options?: unknown,
    ) => {
      calls.applyPlan.push(plan);
      calls.applyOptions.push(options);
      onProgress?.({ step: 'Écriture de « QP Quote-parts »…', rowsWritten: 10, rowsTotal: 20 });
      return report;
    },
    selectCell: async (sheet, address) => {
      calls.selectCell.push([sheet, address]);
    },
    createInputTemplate: async () => {
      calls.createInputTemplate++;
      return created;
    },
    writeInputTables: async () => {
      calls.writeInputTables++;
      return created;
    },
    documentName: async () => 'Mutualisation 2026.xlsx',
  };
  return { host: { ...host, ...overrides }, calls };
}

/** The plan `fakeEngine` returns for a member annex. */
export const MEMBER_PLAN: WritePlan = {
  sheets: [{ name: 'QP Annexe membre', blocks: [], freezeRows: 0 }],
};

/** ASCII text as bytes (jsdom has no TextEncoder). */
function asciiBytes(text: string): Uint8Array {
  return Uint8Array.from(text, (character) => character.charCodeAt(0));
}

/** The export `fakeEngine` returns: a régularisation, so with a reductions file, and two notices. */
export function titresExport(profile: string): TitresExport {
  return {
    profile: {
      name: profile,
      label: profile,
      description: '',
      separator: ';',
      decimalMark: ',',
      dateFormat: 'JJ/MM/AAAA',
      encoding: 'utf-8',
    },
    titres: {
      fileName: `titres-2026-${profile}.csv`,
      mediaType: 'text/csv;charset=utf-8',
      bytes: asciiBytes('montant\r\n1,00\r\n'),
      rows: 61,
      total: '98765.43',
    },
    reductions: {
      fileName: `reductions-2026-${profile}.csv`,
      mediaType: 'text/csv;charset=utf-8',
      bytes: asciiBytes('montant\r\n'),
      rows: 0,
      total: '0.00',
    },
    notices: [
      {
        severity: 'warning',
        code: 'EXPORT_SIRET_ABSENT',
        count: 1,
        message: 'Débiteur sans SIRET : Pontvieux.',
      },
      {
        severity: 'info',
        code: 'EXPORT_TOTAL',
        count: 61,
        message: '61 lignes de titres pour 98 765,43 €.',
      },
    ],
  };
}

/** The printable annex `fakeEngine` returns: a title, one table, the approval block. */
export const CONVENTION_ANNEX: ConventionAnnexModel = {
  title: 'Annexe financière à la convention — exercice 2026',
  header: 'Organisme · Convention · Exercice 2026',
  footer: 'QuotePart test',
  generatedAt: '2026-04-01T09:00:00Z',
  author: 'Organisme',
  lines: 1,
  blocks: [
    { kind: 'heading', level: 1, text: 'Annexe financière à la convention — exercice 2026' },
    {
      kind: 'table',
      columns: [
        { header: 'Membre', align: 'left', width: 30 },
        { header: 'Quote-part', align: 'right', width: 15 },
      ],
      rows: [{ cells: ['Pontvieux', '1\u202f234,50\u00a0€'], details: [], total: false }],
    },
    {
      kind: 'approval',
      approval: {
        title: 'Vu et approuvé',
        place: 'Fait à …',
        date: 'le …',
        parties: [{ name: 'Organisme', role: 'Pour l’organisme' }],
      },
    },
  ],
};

/** The report `fakeEngine` returns. */
export const REPORT_HTML = '<!DOCTYPE html><html lang="fr"><title>Rapport</title></html>';

/** Calls of the fake engine about a run. */
export type EngineCalls = {
  runs: Parameters<EngineOperations['runQuotePart']>[];
  memberAnnexes: [RunOutcome, string][];
  exports: [RunOutcome, string][];
  reports: [RunOutcome, ReportOptions][];
  conventionAnnexes: [RunOutcome, ConventionAnnexOptions][];
};

/**
 * A fake engine returning the given inventory and outcome (or the results of the given
 * functions); member annex, export and report return the fixtures above unless overridden.
 */
export function fakeEngine(
  inventory: () => Promise<WorkbookInventory> | WorkbookInventory,
  outcome: () => Promise<RunOutcome> | RunOutcome,
  overrides: Partial<EngineOperations> = {},
): EngineOperations & EngineCalls {
  const calls: EngineCalls = {
    runs: [],
    memberAnnexes: [],
    exports: [],
    reports: [],
    conventionAnnexes: [],
  };
  const engine: EngineOperations = {
    inspectWorkbook: async () => inventory(),
    runQuotePart: async (workbook, options) => {
      calls.runs.push([workbook, options]);
      return outcome();
    },
    buildMemberAnnexPlan: async (run, member) => {
      calls.memberAnnexes.push([run, member]);
      return MEMBER_PLAN;
    },
    exportTitres: async (run, profile) => {
      calls.exports.push([run, profile]);
      return titresExport(profile);
    },
    buildReport: async (run, options) => {
      calls.reports.push([run, options]);
      return REPORT_HTML;
    },
    buildConventionAnnex: async (run, options) => {
      calls.conventionAnnexes.push([run, options]);
      return CONVENTION_ANNEX;
    },
    streamPlan: async (run) => {
      if (!run.plan) throw new Error('pas de plan');
      return run.plan;
    },
  };
  return { ...calls, ...engine, ...overrides };
}

/** Pane services around a host and an engine. */
export function paneServices(
  host: HostOperations,
  engine: EngineOperations,
  extra: Partial<PaneServices> = {},
): PaneServices {
  return {
    host,
    engine,
    hostKind: 'preview',
    version: '0.1.0-test',
    loadSample: async () => [{ name: 'Membres', headers: ['Membre'], rows: [['A']] }],
    now: () => new Date('2026-03-16T09:30:00Z'),
    ...extra,
  };
}
