/**
 * The CLI's option parser: argv → a command, or a usage error (exit 2). Options are
 * declared in one table per command so that later options (`--report`, `--export-titres`,
 * `--annexe-membre`…) are one row each; anything not declared is refused.
 */

/** `quote-part compute` options. */
export interface ComputeOptions {
  readonly input: string;
  /** `-o`: output workbook; null = default name next to the input. */
  readonly output: string | null;
  /** `--json`: JSON result file, or null. */
  readonly json: string | null;
  /** Progress lines: `auto` (large workbooks), `on` (`--progress`), `off` (`--quiet`). */
  readonly progress: 'auto' | 'on' | 'off';
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
  { names: ['--progress'], key: 'progress', takesValue: false },
  { names: ['-q', '--quiet'], key: 'quiet', takesValue: false },
  { names: ['-h', '--help'], key: 'help', takesValue: false },
];

type Parsed = { values: Map<string, string | true>; positionals: string[] };

function usage(message: string, topic: 'general' | 'compute'): CliUsageError {
  return { kind: 'usage-error', message, topic };
}

function parseOptions(args: readonly string[], specs: readonly OptionSpec[]): Parsed | CliUsageError {
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
    if (value === undefined || value === '' || (equals < 0 && value.startsWith('-') && value !== '-')) {
      return usage(`l'option ${name} attend une valeur (${spec.valueName ?? 'VALEUR'})`, 'compute');
    }
    values.set(spec.key, value);
  }
  return { values, positionals };
}

function parseCompute(args: readonly string[]): CliCommand | CliUsageError {
  const parsed = parseOptions(args, COMPUTE_OPTIONS);
  if ('kind' in parsed) return parsed;
  const { values, positionals } = parsed;
  if (values.has('help')) return { kind: 'help', topic: 'compute' };
  if (positionals.length === 0) return usage('classeur d’entrée manquant (quote-part compute ENTREE.xlsx)', 'compute');
  if (positionals.length > 1) return usage(`un seul classeur d’entrée est attendu, reçu : ${positionals.join(', ')}`, 'compute');
  if (values.has('progress') && values.has('quiet')) return usage('--progress et --quiet sont incompatibles', 'compute');
  const text = (key: string): string | null => {
    const value = values.get(key);
    return typeof value === 'string' ? value : null;
  };
  return {
    kind: 'compute',
    options: {
      input: positionals[0] as string,
      output: text('output'),
      json: text('json'),
      progress: values.has('progress') ? 'on' : values.has('quiet') ? 'off' : 'auto',
    },
  };
}

/** Parses the arguments after the program name. */
export function parseCliArgs(argv: readonly string[]): CliCommand | CliUsageError {
  const [first, ...rest] = argv;
  if (first === undefined) return usage('commande manquante', 'general');
  if (first === '-h' || first === '--help' || first === 'help') {
    return rest[0] === 'compute' ? { kind: 'help', topic: 'compute' } : { kind: 'help', topic: 'general' };
  }
  if (first === '-V' || first === '--version') return { kind: 'version' };
  if (first === 'compute') return parseCompute(rest);
  if (first.startsWith('-')) return usage(`option inconnue : ${first}`, 'general');
  return usage(`commande inconnue : ${first}`, 'general');
}
