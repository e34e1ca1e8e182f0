/**
 * The per-scenario lines the CLI prints after a valid run (docs/regles-de-calcul.md
 * §11.1): the scenario's total, how many members pay more than in `Référence`, and the
 * stability verdict of contract §6.4 in the engine's words — the same as the task pane's.
 */
import { frenchNumber, verdictWords, type ScenarioSummary } from '../engine';
import { frenchCount } from './progress';

const NNBSP = '\u202f';

/** `1 234 567,89 €` of a money decimal string (narrow no-break spaces, as the calculation texts). */
function euros(decimal: string): string {
  return `${frenchNumber(decimal)}${NNBSP}€`;
}

/** One scenario's line (without newline); `first` is the reference scenario, whose losers are 0 by definition. */
export function scenarioLine(line: ScenarioSummary, first: boolean): string {
  const losers = first
    ? ''
    : `, ${frenchCount(line.losers)} ${line.losers < 2 ? 'membre paie' : 'membres paient'} plus qu'en Référence`;
  const verdict =
    verdictWords(line.wouldLeave) ?? 'aucun coût autonome donné, pas de test de stabilité';
  return `Scénario ${line.scenario} (total ${euros(line.total)}${losers}) : ${verdict}.`;
}

/** The lines of every scenario, each ending with a newline. */
export function scenarioText(scenarios: readonly ScenarioSummary[]): string {
  return scenarios.map((line, k) => `${scenarioLine(line, k === 0)}\n`).join('');
}
