/**
 * Props and state of the "Exporter" section: the titres import file for the finance
 * software in a chosen profile, and the HTML report, both downloaded from the pane.
 */
import type { ExportNotice, RunOutcome } from '../../../engine';
import type { StepState } from '../QuotePartPane/QuotePartPane.types';
import type { useSectionStyles } from '../shared/useSectionStyles.styles';
import type { useExportSectionStyles } from './useExportSectionStyles.styles';

/** Props of `ExportSection`. */
export type ExportSectionProps = {
  /** A valid run. */
  readonly outcome: RunOutcome;
  /** Member whose annex the report adds, or null (default: none). */
  readonly member: string | null;
  /** Period chosen in « Période des titres », or null (whole year); a change clears the last export. */
  readonly period?: string | null;
  /** The run whose titres are exported (the period's, when one is chosen); default: `outcome`. */
  readonly titresOutcome?: () => Promise<RunOutcome>;
};

/** A downloaded file, as reported to the user. */
export type DownloadedFile = {
  readonly fileName: string;
  /** Data rows (CSV files), null for the report. */
  readonly rows: number | null;
  /** Σ of the amount column (CSV files), decimal string; null for the report. */
  readonly total: string | null;
};

/** What one titres export downloaded, and its notices. */
export type TitresDownload = {
  readonly files: readonly DownloadedFile[];
  readonly notices: readonly ExportNotice[];
};

/** A profile as the selector lists it. */
export type ProfileChoice = {
  readonly name: string;
  readonly label: string;
  readonly description: string;
};

/** What `renderExportSection` displays. */
export type ExportSectionState = {
  readonly profiles: readonly ProfileChoice[];
  /** Name of the chosen profile. Default: `generique`. */
  readonly profile: string;
  readonly selectProfile: (name: string) => void;
  readonly titres: StepState<TitresDownload>;
  readonly report: StepState<DownloadedFile>;
  /** Member added to the report, or null. */
  readonly member: string | null;
  /** True while a file is being produced: both buttons are then disabled. */
  readonly working: boolean;
  readonly downloadTitres: () => void;
  readonly downloadReport: () => void;
};

/** Class names used by `renderExportSection`. */
export type ExportSectionClasses = {
  readonly section: ReturnType<typeof useSectionStyles>;
  readonly styles: ReturnType<typeof useExportSectionStyles>;
};
