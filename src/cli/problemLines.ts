/**
 * Problems as the CLI prints them on standard error, one line each:
 * `ERREUR [CODE] Table!Ligne/Colonne : message` (`AVERTISSEMENT` for warnings).
 */
import type { Problem } from '../engine';

/** `Table!Ligne/Colonne`, leaving out the parts a problem does not have. */
export function problemLocation(problem: Problem): string {
  let location = problem.table;
  if (problem.row !== null) location += `!${problem.row}`;
  if (problem.column !== null) location += `/${problem.column}`;
  return location;
}

/** The line of one problem (without newline). */
export function problemLine(problem: Problem): string {
  const label = problem.severity === 'error' ? 'ERREUR' : 'AVERTISSEMENT';
  return `${label} [${problem.code}] ${problemLocation(problem)} : ${problem.message.replace(/\s*\n\s*/g, ' ')}`;
}
