/**
 * The CLI's option parser: argv → a command, or a usage error (exit 2). Options are
 * declared in one table per command, one row each; anything not declared is refused.
 * What can be checked without reading the workbook is checked here (the export profile
 * exists, `--profile` comes with `--export-titres`), so a mistyped option fails at once
 * instead of after a long computation.
 */
import { DEFAULT_EXPORT_PROFILE, EXPORT_PROFILES, findExportProfile } from '../engine';

/** `--export-titres FICHIER.csv [--profile NOM]`. */
export interface TitresExportRequest {
  /** The titres CSV; a régularisation's reductions go next to it (`reductionsPathFor`). */
  readonly path: string;
  /** Canonical name of the export profile (`generique` when none is named). */
  readonly profile: string;
}

/** `--annexe-pdf FICHIER.pdf [--annexe-pdf-service SERVICE]`. */
export interface AnnexPdfRequest {
  readonly path: string;
  /** Only this service's annex; null = every service. */
  readonly service: string | null;
}

/** `quote-part compute` options. */
export interface ComputeOptions {
  readonly input: string;
  /** `-o`: output workbook; null = default name next to the input. */
  readonly output: string | null;
  /** `--json`: JSON result file, or null. */
  readonly json: string | null;
  /** Progress lines: `auto` (large workbooks), `on` (`--progress`), `off` (`--quiet`). */
  readonly progress: 'auto' | 'on' | 'off';
  /** `--report`: self-contained HTML report, or null. */
  readonly report: string | null;
  /** `--export-titres` (and `--profile`), or null. */
  readonly exportTitres: TitresExportRequest | null;
  /** `--annexe-membre`: member whose annex (`QP Annexe membre`, report) is produced, or null. */
  readonly annexMember: string | null;
  /** `--periode`: write and export the titres of this period only (`2026-T2`), or null. */
  readonly period: string | null;
  /** `--annexe-pdf` (and `--annexe-pdf-service`): the PDF convention annex; absent when not asked. */
  readonly annexPdf?: AnnexPdfRequest;
}

/** What the command line asks for. */
export type CliCommand =
  | { readonly kind: 'help'; readonly topic: 'general' | 'compute' }
  | { readonly kind: 'version' }
  | { readonly kind: 'compute'; readonly options: ComputeOptions };

/** A command line that cannot be run (exit 2); `message` is French. */
export interface CliUsageError {
  readonly kind: 'usage-error';
  readonly message: string;
  /** Help topic to point at. */
  readonly topic: 'general' | 'compute';
}

/** One declared option of a command. */
interface OptionSpec {
  readonly names: readonly string[];
  /** Key under which the value is stored. */
  readonly key: string;
  /** Whether the option takes a value (`-o FILE`). */
  readonly takesValue: boolean;
  /** Placeholder shown in messages. */
  readonly valueName?: string;
}

/** Options of `quote-part compute`. */
export const COMPUTE_OPTIONS: readonly OptionSpec[] = [
  { names: ['-o', '--output'], key: 'output', takesValue: true, valueName: 'SORTIE.xlsx' },
  { names: ['--json'], key: 'json', takesValue: true, valueName: 'RESULTAT.json' },
  { names: ['--report'], key: 'report', takesValue: true, valueName: 'RAPPORT.html' },
  { names: ['--export-titres'], key: 'exportTitres', takesValue: true, valueName: 'TITRES.csv' },
  { names: ['--profile'], key: 'profile', takesValue: true, valueName: 'NOM' },
  { names: ['--annexe-membre'], key: 'annexMember', takesValue: true, valueName: 'MEMBRE' },
  { names: ['--annexe-pdf'], key: 'annexPdf', takesValue: true, valueName: 'ANNEXE.pdf' },
  {
    names: ['--annexe-pdf-service'],
    key: 'annexPdfService',
    takesValue: true,
    valueName: 'SERVICE',
  },
  { names: ['--periode'], key: 'period', takesValue: true, valueName: 'PÉRIODE' },
  { names: ['--progress'], key: 'progress', takesValue: false },
  { names: ['-q', '--quiet'], key: 'quiet', takesValue: false },
  { names: ['-h', '--help'], key: 'help', takesValue: false },
];

type Parsed = { values: Map<string, string | true>; positionals: string[] };

function usage(message: string, topic: 'general' | 'compute'): CliUsageError {
  return { kind: 'usage-error', message, topic };
}

function parseOptions(
  args: readonly string[],
  specs: readonly OptionSpec[],
): Parsed | CliUsageError {
  const values = new Map<string, string | true>();
  const positionals: string[] = [];
  let onlyPositionals = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (onlyPositionals || arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = equals < 0 ? arg : arg.substring(0, equals);
    const spec = specs.find((s) => s.names.includes(name));
    if (spec === undefined) return usage(`option inconnue : ${name}`, 'compute');
    if (values.has(spec.key)) return usage(`option répétée : ${name}`, 'compute');
    if (!spec.takesValue) {
      if (equals >= 0) return usage(`l'option ${name} ne prend pas de valeur`, 'compute');
      values.set(spec.key, true);
      continue;
    }
    const value = equals >= 0 ? arg.substring(equals + 1) : args[++i];
    if (
      value === undefined ||
      value === '' ||
      (equals < 0 && value.startsWith('-') && value !== '-')
    ) {
      return usage(`l'option ${name} attend une valeur (${spec.valueName ?? 'VALEUR'})`, 'compute');
    }
    values.set(spec.key, value);
  }
  return { values, positionals };
}

/** The names of every export profile, for messages and help. */
export function profileNames(): string {
  return EXPORT_PROFILES.map((p) => p.name).join(', ');
}

/** `--export-titres` and `--profile` together, or the usage error they make. */
function titresExport(
  path: string | null,
  profileName: string | null,
): TitresExportRequest | null | CliUsageError {
  if (path === null)
    return profileName === null
      ? null
      : usage(`--profile s'utilise avec --export-titres TITRES.csv`, 'compute');
  if (profileName === null) return { path, profile: DEFAULT_EXPORT_PROFILE };
  const profile = findExportProfile(profileName);
  if (profile === null)
    return usage(
      `profil d'export inconnu : « ${profileName} » (profils disponibles : ${profileNames()})`,
      'compute',
    );
  return { path, profile: profile.name };
}

/** `--annexe-pdf` and `--annexe-pdf-service` together, or the usage error they make. */
function annexPdfRequest(
  path: string | null,
  service: string | null,
): AnnexPdfRequest | null | CliUsageError {
  if (path === null)
    return service === null
      ? null
      : usage(`--annexe-pdf-service s'utilise avec --annexe-pdf ANNEXE.pdf`, 'compute');
  if (service !== null && service.trim() === '')
    return usage(`l'option --annexe-pdf-service attend un nom de service (SERVICE)`, 'compute');
  return { path, service };
}

function parseCompute(args: readonly string[]): CliCommand | CliUsageError {
  const parsed = parseOptions(args, COMPUTE_OPTIONS);
  if ('kind' in parsed) return parsed;
  const { values, positionals } = parsed;
  if (values.has('help')) return { kind: 'help', topic: 'compute' };
  if (positionals.length === 0)
    return usage('classeur d’entrée manquant (quote-part compute ENTREE.xlsx)', 'compute');
  if (positionals.length > 1)
    return usage(
      `un seul classeur d’entrée est attendu, reçu : ${positionals.join(', ')}`,
      'compute',
    );
  if (values.has('progress') && values.has('quiet'))
    return usage('--progress et --quiet sont incompatibles', 'compute');
  const text = (key: string): string | null => {
    const value = values.get(key);
    return typeof value === 'string' ? value : null;
  };
  const exportTitres = titresExport(text('exportTitres'), text('profile'));
  if (exportTitres !== null && 'kind' in exportTitres) return exportTitres;
  const annexMember = text('annexMember');
  if (annexMember !== null && annexMember.trim() === '')
    return usage(`l'option --annexe-membre attend un nom de membre (MEMBRE)`, 'compute');
  const annexPdf = annexPdfRequest(text('annexPdf'), text('annexPdfService'));
  if (annexPdf !== null && 'kind' in annexPdf) return annexPdf;
  const period = text('period');
  if (period !== null && !/^\d{4}(-(S[12]|T[1-4]|M(0[1-9]|1[0-2])))?$/i.test(period.trim()))
    return usage(
      `l'option --periode attend une période de l'exercice : 2026, 2026-S1, 2026-T2 ou 2026-M07 (reçu « ${period} »)`,
      'compute',
    );
  return {
    kind: 'compute',
    options: {
      input: positionals[0] as string,
      output: text('output'),
      json: text('json'),
      progress: values.has('progress') ? 'on' : values.has('quiet') ? 'off' : 'auto',
      report: text('report'),
      exportTitres,
      annexMember,
      period: period === null ? null : period.trim().toUpperCase(),
      ...(annexPdf === null ? {} : { annexPdf }),
    },
  };
}

/** Parses the arguments after the program name. */
export function parseCliArgs(argv: readonly string[]): CliCommand | CliUsageError {
  const [first, ...rest] = argv;
  if (first === undefined) return usage('commande manquante', 'general');
  if (first === '-h' || first === '--help' || first === 'help') {
    return rest[0] === 'compute'
      ? { kind: 'help', topic: 'compute' }
      : { kind: 'help', topic: 'general' };
  }
  if (first === '-V' || first === '--version') return { kind: 'version' };
  if (first === 'compute') return parseCompute(rest);
  if (first.startsWith('-')) return usage(`option inconnue : ${first}`, 'general');
  return usage(`commande inconnue : ${first}`, 'general');
}
