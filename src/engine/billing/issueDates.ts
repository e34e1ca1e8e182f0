/**
 * The date a titre bears: its period's row of `Echeancier`, else the parameter `Date
 * d'émission`, else the first day of its period (a T2 titre is issued on 1 April), so
 * that each period's titres can be issued when the period comes.
 */
import type { InputModel } from '../domain/inputModel';
import type { Period } from './periods';

/** ISO date of a day number (days since 1970-01-01). */
function isoOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** The issue date (ISO) of the titres of `period`. */
export function issueDateOf(input: InputModel, period: Period): string {
  return input.schedule.get(period.label) ?? input.parameters.issueDate ?? isoOfDay(period.first);
}
