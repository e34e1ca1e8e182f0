/** @jest-environment jsdom */
/**
 * « Télécharger l'annexe PDF »: placed in the results of a valid run; a click asks the
 * engine for the printable annex of that run, lays it out as a PDF (here with the same
 * renderer as the CLI and the Node fonts, instead of the chunk that fetches them) and
 * downloads it; a failure is said in French.
 */
import '@testing-library/jest-dom';
import '../support/jsdomBrowserApis';
import * as React from 'react';
import { RendererProvider, createDOMRenderer } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { PDFDocument } from 'pdf-lib';
import {
  AnnexPdfDownload,
  type RenderAnnexPdf,
} from '../../../src/taskpane/components/AnnexPdfDownload/AnnexPdfDownload';
import { PaneServicesProvider } from '../../../src/taskpane/services/PaneServicesContext';
import type { PaneServices } from '../../../src/taskpane/services/paneServices';
import { renderConventionPdf } from '../../../src/workbook/pdf/renderConventionPdf';
import { readAnnexFonts } from '../../../src/workbook/pdf/readAnnexFonts';
import {
  CONVENTION_ANNEX,
  SAMPLE_INVENTORY,
  fakeEngine,
  fakeHost,
  okOutcome,
  paneServices,
} from '../support/paneFakes';
import { renderTaskpane } from '../support/renderTaskpane';

type Downloaded = { fileName: string; content: Uint8Array | string; mediaType: string };

const renderWithNodeFonts: RenderAnnexPdf = async (model) =>
  renderConventionPdf(model, await readAnnexFonts());

function renderButton(services: PaneServices, renderPdf: RenderAnnexPdf) {
  const downloads: Downloaded[] = [];
  const withDownload: PaneServices = {
    ...services,
    download: (fileName, content, mediaType) => downloads.push({ fileName, content, mediaType }),
  };
  render(
    <RendererProvider
      renderer={createDOMRenderer(document.implementation.createHTMLDocument())}
      targetDocument={document}
    >
      <PaneServicesProvider value={withDownload}>
        <AnnexPdfDownload outcome={okOutcome()} renderPdf={renderPdf} />
      </PaneServicesProvider>
    </RendererProvider>,
  );
  return downloads;
}

const user = () => userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });

describe('Annexe PDF', () => {
  it('is offered in the results of a valid run', async () => {
    const engine = fakeEngine(() => SAMPLE_INVENTORY, okOutcome);
    renderTaskpane(paneServices(fakeHost().host, engine));
    await user().click(await screen.findByRole('button', { name: 'Calculer' }));
    await screen.findByText('Calcul terminé');
    expect(screen.getByRole('button', { name: 'Télécharger l’annexe PDF' })).toBeEnabled();
  });

  it('builds the run’s annex and downloads it as an A4 PDF', async () => {
    const engine = fakeEngine(() => SAMPLE_INVENTORY, okOutcome);
    const downloads = renderButton(paneServices(fakeHost().host, engine), renderWithNodeFonts);
    await user().click(screen.getByRole('button', { name: 'Télécharger l’annexe PDF' }));
    await screen.findByText('Annexe PDF téléchargée', {}, { timeout: 60_000 });
    expect(engine.conventionAnnexes).toEqual([[okOutcome(), {}]]);
    expect(downloads).toHaveLength(1);
    const [file] = downloads;
    expect(file?.fileName).toBe('annexe-convention-2026.pdf');
    expect(file?.mediaType).toBe('application/pdf');
    const doc = await PDFDocument.load(file?.content as Uint8Array);
    expect(doc.getTitle()).toBe(CONVENTION_ANNEX.title);
    expect(doc.getPage(0).getSize()).toEqual({ width: 595.28, height: 841.89 });
    expect(screen.getByText(/annexe-convention-2026\.pdf \(1 page\)/)).toBeInTheDocument();
  }, 90_000);

  it('says in French why the annex could not be made', async () => {
    const engine = fakeEngine(() => SAMPLE_INVENTORY, okOutcome, {
      buildConventionAnnex: async () => {
        throw new Error('le calcul n’est plus disponible');
      },
    });
    const downloads = renderButton(paneServices(fakeHost().host, engine), renderWithNodeFonts);
    await user().click(screen.getByRole('button', { name: 'Télécharger l’annexe PDF' }));
    await screen.findByText('Annexe PDF impossible');
    expect(screen.getByText(/La production de l’annexe PDF a échoué/)).toBeInTheDocument();
    expect(downloads).toEqual([]);
  });
});
