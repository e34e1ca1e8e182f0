/**
 * Installment periods of §4.2: the year, semesters, quarters or months of the
 * Exercice, with their labels (`2026`, `2026-S1`, `2026-T3`, `2026-M07`) and days, and
 * the ones a member's presence overlaps.
 */
import { dayNumber, daysInMonth, isoDayNumber } from '../dates/calendar';
import type { Member } from '../domain/inputModel';

/** One billing period. */
export interface Period {
  readonly label: string;
  /** Day numbers (days since 1970-01-01) of the first and last day, both included. */
  readonly first: number;
  readonly last: number;
}

/** The periods of an Exercice for 1, 2, 4 or 12 installments a year, in calendar order. */
export function periodsOf(exercice: number, installments: 1 | 2 | 4 | 12): Period[] {
  const months = 12 / installments;
  const prefix =
    installments === 1 ? '' : installments === 2 ? 'S' : installments === 4 ? 'T' : 'M';
  return Array.from({ length: installments }, (_, k) => {
    const startMonth = k * months + 1;
    const endMonth = startMonth + months - 1;
    const label =
      installments === 1
        ? String(exercice)
        : `${exercice}-${prefix}${installments === 12 ? String(k + 1).padStart(2, '0') : k + 1}`;
    return {
      label,
      first: dayNumber(exercice, startMonth, 1),
      last: dayNumber(exercice, endMonth, daysInMonth(exercice, endMonth)),
    };
  });
}

/** The periods overlapping the member's presence; all of them when it lies wholly outside the Exercice. */
export function presencePeriods(
  periods: readonly Period[],
  member: Member,
  exercice: number,
): Period[] {
  if (member.presenceDays === 0) return [...periods];
  const start = Math.max(
    dayNumber(exercice, 1, 1),
    member.entry ? isoDayNumber(member.entry) : -Infinity,
  );
  const end = Math.min(
    dayNumber(exercice, 12, 31),
    member.exit ? isoDayNumber(member.exit) : Infinity,
  );
  return periods.filter((p) => p.last >= start && p.first <= end);
}

/** Order of titres (§4.2): by the period's first day, then its last day. */
export function comparePeriods(a: Period, b: Period): number {
  return a.first - b.first || a.last - b.last;
}

/**
 * Order in which periods are listed to a user (pane selector, demo): by first day, the
 * longer period first when two start together (the year, then its semester, then its
 * quarter). Titres are numbered by `comparePeriods`, the shorter first: a different rule.
 */
export function comparePeriodsForDisplay(a: Period, b: Period): number {
  return a.first - b.first || b.last - a.last;
}
