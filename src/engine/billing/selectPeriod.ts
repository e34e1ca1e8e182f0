/**
 * `--periode` / the pane's period selector: keep only the titres of one period (their
 * numbers and dates unchanged, as in the full-year run), so that each period is written
 * and exported when it is issued. The other titres stay in `allTitres` for the annexes'
 * schedules, which always show the whole year.
 */
import type { BillingResult } from './billing';

/** The billing with only the titres of `label` (`2026-T2`). */
export function selectPeriod(billing: BillingResult, label: string): BillingResult {
  return {
    ...billing,
    titres: billing.titres.filter((t) => t.period.label === label),
    allTitres: billing.allTitres ?? billing.titres,
  };
}
