/** @jest-environment jsdom */
/**
 * The sections shown after a valid run: the per-member annex (member selector, write
 * through the host with only its sheet replaced) and the downloads (titres in a profile,
 * the report), with a fake engine, host and download service.
 */
import '@testing-library/jest-dom';
import '../support/jsdomBrowserApis';
import '../support/paneQueries';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import type { PaneServices } from '../../../src/taskpane/services/paneServices';
import {
  AMOUNT_ERROR,
  MEMBERS,
  MEMBER_PLAN,
  REPORT_HTML,
  SAMPLE_INVENTORY,
  deferred,
  fakeEngine,
  fakeHost,
  invalidOutcome,
  okOutcome,
  paneServices,
  titresExport,
} from '../support/paneFakes';
import { renderTaskpane } from '../support/renderTaskpane';

type Downloaded = { fileName: string; content: Uint8Array | string; mediaType: string };

/** Renders the pane with a recording download service, and clicks Calculer. */
async function computed(services: PaneServices) {
  const downloads: Downloaded[] = [];
  const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
  renderTaskpane({
    ...services,
    download: (fileName, content, mediaType) => downloads.push({ fileName, content, mediaType }),
  });
  await user.click(await screen.findByRole('button', { name: 'Calculer' }));
  await screen.findByText('Calcul terminé');
  return { user, downloads };
}

/** Texts of the options of a list box. */
function optionTexts(listbox: HTMLElement): string[] {
  return within(listbox)
    .getAllByRole('option')
    .map((option) => option.textContent ?? '');
}

/** Opens the member selector and picks `name`. */
async function chooseMember(user: ReturnType<typeof userEvent.setup>, name: string): Promise<void> {
  await user.click(screen.getByRole('combobox', { name: 'Membre' }));
  await user.click(await screen.findByRole('option', { name }));
}

describe('Annexe par membre', () => {
  it("lists the members of the run and writes the chosen one's annex, replacing only its sheet", async () => {
    const { host, calls } = fakeHost();
    const engine = fakeEngine(() => SAMPLE_INVENTORY, okOutcome);
    const { user } = await computed(paneServices(host, engine));
    const write = screen.getByRole('button', { name: 'Écrire l’annexe du membre' });
    expect(write).toBeDisabled();

    await user.click(screen.getByRole('combobox', { name: 'Membre' }));
    expect(optionTexts(await screen.findByRole('listbox'))).toEqual(MEMBERS);
    await user.click(screen.getByRole('option', { name: 'Pontvieux' }));
    expect(screen.getByRole('combobox', { name: 'Membre' })).toHaveValue('Pontvieux');
    await waitFor(() => expect(write).toBeEnabled());
    await user.click(write);

    expect(
      await screen.findByText(
        /Annexe de « Pontvieux » écrite dans la feuille « QP Annexe membre » \(7 échanges avec Excel\)\./,
      ),
    ).toBeInTheDocument();
    expect(engine.memberAnnexes.map(([, member]) => member)).toEqual(['Pontvieux']);
    expect(engine.memberAnnexes[0]?.[0].status).toBe('ok');
    expect(calls.applyPlan).toEqual([MEMBER_PLAN]);
    expect(calls.applyOptions).toEqual([{ replace: 'plan-sheets' }]);
  });

  it('filters the members as the user types, ignoring case and accents', async () => {
    const { host } = fakeHost();
    const { user } = await computed(
      paneServices(
        host,
        fakeEngine(() => SAMPLE_INVENTORY, okOutcome),
      ),
    );
    await user.type(screen.getByRole('combobox', { name: 'Membre' }), 'AURE');
    expect(optionTexts(await screen.findByRole('listbox'))).toEqual([
      'Saint-Aurèle',
      "Castelnau-d'Aurèle",
    ]);
    await user.clear(screen.getByRole('combobox', { name: 'Membre' }));
    await user.type(screen.getByRole('combobox', { name: 'Membre' }), 'zzz');
    expect(optionTexts(await screen.findByRole('listbox'))).toEqual(['Aucun membre ne correspond']);
  });

  it('disables the other writes while the annex is written, and says the workbook was left as it was on failure', async () => {
    const pending = deferred<never>();
    const { host } = fakeHost({ applyPlan: () => pending.promise });
    const { user } = await computed(
      paneServices(
        host,
        fakeEngine(() => SAMPLE_INVENTORY, okOutcome),
      ),
    );
    await chooseMember(user, "Castelnau-d'Aurèle");
    await user.click(screen.getByRole('button', { name: 'Écrire l’annexe du membre' }));
    expect(
      await screen.findByText("Écriture de l’annexe de « Castelnau-d'Aurèle »…"),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Écrire les résultats' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Calculer' })).toBeDisabled();
    pending.reject(new Error('ItemNotFound'));
    expect(
      await screen.findByText(
        'L’écriture de l’annexe de « Castelnau-d’Aurèle » a échoué (ItemNotFound). Le classeur n’a pas été modifié.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Calculer' })).toBeEnabled();
  });

  it('is not offered, nor are the downloads, when the run is invalid', async () => {
    const { host } = fakeHost();
    const user = userEvent.setup();
    renderTaskpane(
      paneServices(
        host,
        fakeEngine(
          () => SAMPLE_INVENTORY,
          () => invalidOutcome([AMOUNT_ERROR]),
        ),
      ),
    );
    await user.click(await screen.findByRole('button', { name: 'Calculer' }));
    await screen.findByText('Données à corriger');
    expect(screen.queryByRole('combobox', { name: 'Membre' })).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Télécharger les titres (CSV)' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Télécharger le rapport (HTML)' }),
    ).not.toBeInTheDocument();
  });
});

describe('Exporter', () => {
  it('downloads the titres and reductions files of the generic profile by default, then shows the notices', async () => {
    const { host } = fakeHost();
    const engine = fakeEngine(() => SAMPLE_INVENTORY, okOutcome);
    const { user, downloads } = await computed(paneServices(host, engine));
    expect(screen.getByRole('combobox', { name: 'Profil d’export' })).toHaveTextContent(
      'Générique (documenté)',
    );
    await user.click(screen.getByRole('button', { name: 'Télécharger les titres (CSV)' }));

    // Testing Library's default normalizer turns the no-break spaces of amounts into spaces.
    expect(
      await screen.findByText(
        /titres-2026-generique\.csv : 61 lignes, total 98 765,43 € ; reductions-2026-generique\.csv : 0 ligne, total 0,00 €\./,
      ),
    ).toBeInTheDocument();
    const expected = titresExport('generique');
    expect(downloads).toEqual([
      {
        fileName: 'titres-2026-generique.csv',
        content: expected.titres.bytes,
        mediaType: 'text/csv;charset=utf-8',
      },
      {
        fileName: 'reductions-2026-generique.csv',
        content: expected.reductions?.bytes,
        mediaType: 'text/csv;charset=utf-8',
      },
    ]);
    expect(engine.exports.map(([, profile]) => profile)).toEqual(['generique']);
    const notices = screen.getByRole('list', { name: 'Messages de l’export' });
    expect(
      within(notices)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Débiteur sans SIRET\u00a0: Pontvieux.', '61 lignes de titres pour 98 765,43 €.']);
    expect(within(notices).getByRole('img', { name: 'Avertissement' })).toBeInTheDocument();
  });

  it('exports in the profile chosen in the list', async () => {
    const { host } = fakeHost();
    const engine = fakeEngine(() => SAMPLE_INVENTORY, okOutcome);
    const { user, downloads } = await computed(paneServices(host, engine));
    await user.click(screen.getByRole('combobox', { name: 'Profil d’export' }));
    await user.click(await screen.findByRole('option', { name: /Ciril/ }));
    expect(screen.getByText(/tabulation, point décimal/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Télécharger les titres (CSV)' }));
    await waitFor(() =>
      expect(downloads.map((file) => file.fileName)).toEqual([
        'titres-2026-ciril.csv',
        'reductions-2026-ciril.csv',
      ]),
    );
    expect(engine.exports.map(([, profile]) => profile)).toEqual(['ciril']);
  });

  it('downloads only the titres file when the run has no reductions', async () => {
    const { host } = fakeHost();
    const engine = fakeEngine(() => SAMPLE_INVENTORY, okOutcome, {
      exportTitres: async (_outcome, profile) => ({ ...titresExport(profile), reductions: null }),
    });
    const { user, downloads } = await computed(paneServices(host, engine));
    await user.click(screen.getByRole('button', { name: 'Télécharger les titres (CSV)' }));
    expect(await screen.findByText('Fichier téléchargé')).toBeInTheDocument();
    expect(downloads.map((file) => file.fileName)).toEqual(['titres-2026-generique.csv']);
  });

  it('reports an export that fails, and downloads nothing', async () => {
    const { host } = fakeHost();
    const engine = fakeEngine(() => SAMPLE_INVENTORY, okOutcome, {
      exportTitres: () =>
        Promise.reject(
          new Error('Ce calcul n’est plus disponible dans le moteur : relancez le calcul.'),
        ),
    });
    const { user, downloads } = await computed(paneServices(host, engine));
    await user.click(screen.getByRole('button', { name: 'Télécharger les titres (CSV)' }));
    expect(
      await screen.findByText(
        'L’export des titres a échoué (Ce calcul n’est plus disponible dans le moteur : relancez le calcul.).',
      ),
    ).toBeInTheDocument();
    expect(downloads).toEqual([]);
  });

  it('downloads the report as HTML, with the annex of the member chosen above', async () => {
    const { host } = fakeHost();
    const engine = fakeEngine(() => SAMPLE_INVENTORY, okOutcome);
    const { user, downloads } = await computed(paneServices(host, engine));
    await user.click(screen.getByRole('button', { name: 'Télécharger le rapport (HTML)' }));
    expect(await screen.findByText(/rapport-2026\.html\./)).toBeInTheDocument();

    await chooseMember(user, "Castelnau-d'Aurèle");
    expect(screen.getByText(/, avec celle de « Castelnau-d'Aurèle »/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Télécharger le rapport (HTML)' }));
    await waitFor(() => expect(downloads).toHaveLength(2));
    expect(downloads).toEqual([
      { fileName: 'rapport-2026.html', content: REPORT_HTML, mediaType: 'text/html;charset=utf-8' },
      {
        fileName: 'rapport-2026-castelnau-d-aurele.html',
        content: REPORT_HTML,
        mediaType: 'text/html;charset=utf-8',
      },
    ]);
    expect(engine.reports.map(([, options]) => options)).toEqual([
      {},
      { member: "Castelnau-d'Aurèle" },
    ]);
  });
});
