/**
 * Logic of the "Exporter" section: asks the engine (in its worker) for the titres files or
 * the report of the run, then hands them to the pane's download service. Nothing is
 * written to the workbook.
 */
import * as React from 'react';
import { DEFAULT_EXPORT_PROFILE, EXPORT_PROFILES } from '../../../engine';
import { usePaneServices } from '../../services/PaneServicesContext';
import { downloadWithLink } from '../../services/downloadFile';
import { describeError } from '../QuotePartPane/describeError';
import type { StepState } from '../QuotePartPane/QuotePartPane.types';
import type {
  DownloadedFile,
  ExportSectionProps,
  ExportSectionState,
  ProfileChoice,
  TitresDownload,
} from './ExportSection.types';
import { periodFileName } from '../PeriodSelector/periodFileName';
import { REPORT_MEDIA_TYPE, reportFileName } from './reportFileName';

const IDLE = { status: 'idle' } as const;
const WORKING = { status: 'working' } as const;

/** The profiles of the engine, as the selector lists them (the generic one first). */
const PROFILES: readonly ProfileChoice[] = EXPORT_PROFILES.map(({ name, label, description }) => ({
  name,
  label,
  description,
}));

/** State and actions of the "Exporter" section. */
export function useExportSection(props: ExportSectionProps): ExportSectionState {
  const services = usePaneServices();
  const { engine } = services;
  const download = services.download ?? downloadWithLink;
  const { outcome, member, period = null, titresOutcome } = props;
  const [profile, selectProfile] = React.useState(DEFAULT_EXPORT_PROFILE);
  const [titres, setTitres] = React.useState<StepState<TitresDownload>>(IDLE);
  const [report, setReport] = React.useState<StepState<DownloadedFile>>(IDLE);
  // What was exported for another period no longer describes the next export.
  React.useEffect(() => setTitres(IDLE), [period]);

  const downloadTitres = async () => {
    setTitres(WORKING);
    try {
      const source = titresOutcome ? await titresOutcome() : outcome;
      const exported = await engine.exportTitres(source, profile);
      const files = (
        exported.reductions ? [exported.titres, exported.reductions] : [exported.titres]
      ).map((file) => ({ ...file, fileName: periodFileName(file.fileName, period) }));
      for (const file of files) download(file.fileName, file.bytes, file.mediaType);
      setTitres({
        status: 'done',
        value: {
          files: files.map(({ fileName, rows, total }) => ({ fileName, rows, total })),
          notices: exported.notices,
        },
      });
    } catch (error) {
      setTitres({
        status: 'failed',
        message: describeError('L’export des titres a échoué', error),
      });
    }
  };

  const downloadReport = async () => {
    setReport(WORKING);
    try {
      const html = await engine.buildReport(outcome, member === null ? {} : { member });
      const fileName = reportFileName(outcome.summary.exercice, member);
      download(fileName, html, REPORT_MEDIA_TYPE);
      setReport({ status: 'done', value: { fileName, rows: null, total: null } });
    } catch (error) {
      setReport({
        status: 'failed',
        message: describeError('La production du rapport a échoué', error),
      });
    }
  };

  return {
    profiles: PROFILES,
    profile,
    selectProfile: (name) => {
      selectProfile(name);
      setTitres(IDLE);
    },
    titres,
    report,
    member,
    working: titres.status === 'working' || report.status === 'working',
    downloadTitres: () => void downloadTitres(),
    downloadReport: () => void downloadReport(),
  };
}
