/**
 * « Télécharger l'annexe PDF » in the results: asks the engine (in its worker) for the
 * printable convention annex of the run, lays it out as a PDF in the page (pdf-lib and
 * the fonts loaded on first use) and hands it to the pane's download service. Nothing is
 * written to the workbook. Its own component, so that the results view only places it.
 */
import * as React from 'react';
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
} from '@fluentui/react-components';
import type { ConventionAnnexModel, RunOutcome } from '../../../engine';
import type { RenderedPdf } from '../../../workbook/pdf/renderConventionPdf';
import { countFr } from '../../format/countFr';
import { usePaneServices } from '../../services/PaneServicesContext';
import { downloadWithLink } from '../../services/downloadFile';
import { describeError } from '../QuotePartPane/describeError';
import { useSectionStyles } from '../shared/useSectionStyles.styles';
import { ANNEX_PDF_MEDIA_TYPE, annexPdfFileName } from './annexPdfFileName';

/** Lays a model out as a PDF (injected by tests; by default the lazily loaded browser renderer). */
export type RenderAnnexPdf = (model: ConventionAnnexModel) => Promise<RenderedPdf>;

const renderInBrowser: RenderAnnexPdf = async (model) =>
  (await import('./renderAnnexPdfInBrowser')).renderAnnexPdfInBrowser(model);

/** Props: the valid run, and optionally the renderer. */
export interface AnnexPdfDownloadProps {
  readonly outcome: RunOutcome;
  readonly renderPdf?: RenderAnnexPdf;
}

type Step =
  | { readonly status: 'idle' | 'working' }
  | { readonly status: 'done'; readonly fileName: string; readonly pages: number }
  | { readonly status: 'failed'; readonly message: string };

/** The download button of the PDF annex and its outcome. */
export function AnnexPdfDownload(props: AnnexPdfDownloadProps): React.ReactElement {
  const services = usePaneServices();
  const download = services.download ?? downloadWithLink;
  const render = props.renderPdf ?? renderInBrowser;
  const section = useSectionStyles();
  const [step, setStep] = React.useState<Step>({ status: 'idle' });

  const run = async () => {
    setStep({ status: 'working' });
    try {
      const model = await services.engine.buildConventionAnnex(props.outcome, {});
      const pdf = await render(model);
      const fileName = annexPdfFileName(props.outcome.summary.exercice);
      download(fileName, pdf.bytes, ANNEX_PDF_MEDIA_TYPE);
      setStep({ status: 'done', fileName, pages: pdf.pages });
    } catch (error) {
      setStep({
        status: 'failed',
        message: describeError('La production de l’annexe PDF a échoué', error),
      });
    }
  };

  return (
    <section aria-label="Annexe PDF">
      <Text className={section.muted}>
        L’annexe PDF à joindre à la convention : comparaison des scénarios, annexe de chaque service
        avec ses calculs, et bloc «\u00a0Vu et approuvé\u00a0» à signer par chaque partie.
      </Text>
      <div className={section.actions}>
        <Button onClick={() => void run()} disabled={step.status === 'working'}>
          Télécharger l’annexe PDF
        </Button>
      </div>
      {step.status === 'working' && <Spinner size="tiny" label="Préparation de l’annexe PDF…" />}
      {step.status === 'done' && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Annexe PDF téléchargée</MessageBarTitle> {step.fileName} (
            {countFr(step.pages, 'page')}).
          </MessageBarBody>
        </MessageBar>
      )}
      {step.status === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Annexe PDF impossible</MessageBarTitle> {step.message}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
