/**
 * Presence fraction of §3.2: days of the Exercice between max(Entrée, 1 Jan) and
 * min(Sortie, 31 Dec), both included. The engine keeps the day count (an integer); the
 * fraction is days ÷ days in the Exercice.
 */
import { dayNumber, isoDayNumber } from '../dates/calendar';

/** Days of presence of a member in the Exercice (0 when wholly outside). */
export function presenceDays(exercice: number, entry: string | null, exit: string | null): number {
  const start = Math.max(dayNumber(exercice, 1, 1), entry ? isoDayNumber(entry) : -Infinity);
  const end = Math.min(dayNumber(exercice, 12, 31), exit ? isoDayNumber(exit) : Infinity);
  return Math.max(0, end - start + 1);
}
