/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import '../support/jsdomBrowserApis';
import '../support/paneQueries';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderTaskpane } from '../support/renderTaskpane';
import { frenchTypography } from '../../../src/taskpane/format/frenchTypography';
import type { PaneServices } from '../../../src/taskpane/services/paneServices';
import { THOUSANDS_SEPARATOR as S } from '../../../src/taskpane/format/formatDecimalFr';
import type { RunOutcome, WorkbookInventory } from '../../../src/engine';
import type { WriteReport } from '../../../src/workbook/office/hostOperations';
import {
  AMOUNT_ERROR,
  BLANK_INVENTORY,
  PLAN,
  SAMPLE_INVENTORY,
  SIRET_WARNING,
  deferred,
  fakeEngine,
  fakeHost,
  invalidOutcome,
  okOutcome,
  paneServices,
} from '../support/paneFakes';

function renderPane(services: PaneServices) {
  const user = userEvent.setup();
  renderTaskpane(services);
  return user;
}

/** Text of each line of a list. */
function lines(list: HTMLElement): string[] {
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.textContent ?? '');
}

/** Text of each cell of each body row of a table. */
function bodyRows(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent ?? ''),
    );
}

describe('QuotePartPane: what was found', () => {
  it('shows the exercice and the counts of members, services, costs, usages and scenarios', async () => {
    const { host } = fakeHost();
    renderPane(
      paneServices(
        host,
        fakeEngine(() => SAMPLE_INVENTORY, okOutcome),
      ),
    );
    expect(await screen.findByText('2026 · 14 membres · 7 services · prêt')).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Ce que contient le classeur' }));
    const counts = await screen.findByRole('list', { name: 'Données trouvées' });
    expect(lines(counts)).toEqual([
      'Exercice : 2026',
      'Membres : 14',
      'Services : 7',
      'Charges : 28 lignes',
      'Usages : 52 lignes',
      'Scénarios : Référence + 1 (Population seule)',
    ]);
    const tables = screen.getByRole('list', { name: 'Tables du classeur' });
    expect(lines(tables)).toContain(
      'Membres tableau sur la feuille «\u00a0Membres\u00a0», 14 lignes',
    );
    expect(lines(tables)).toContain('Acomptes absente (facultative)');
    expect(
      screen.queryByRole('button', { name: 'Créer les tables vides' }),
    ).not.toBeInTheDocument();
  });

  it('reports a workbook that cannot be read', async () => {
    const { host } = fakeHost({
      readWorkbook: () =>
        Promise.reject(Object.assign(new Error('Accès refusé'), { code: 'AccessDenied' })),
    });
    renderPane(
      paneServices(
        host,
        fakeEngine(() => SAMPLE_INVENTORY, okOutcome),
      ),
    );
    expect(await screen.findByText('Classeur illisible')).toBeInTheDocument();
    // An unreadable workbook unfolds the inventory, where the error is.
    expect(
      await screen.findByText(
        /^Lecture du classeur impossible \(AccessDenied\s: Accès refusé\)\.$/,
      ),
    ).toBeInTheDocument();
  });
});

describe('QuotePartPane: blank workbook', () => {
  it('creates the empty input tables, then reads the workbook again and says they exist', async () => {
    const { host, calls } = fakeHost();
    const inventories: WorkbookInventory[] = [BLANK_INVENTORY, SAMPLE_INVENTORY];
    const user = renderPane(
      paneServices(
        host,
        fakeEngine(() => inventories.shift() ?? SAMPLE_INVENTORY, okOutcome),
      ),
    );
    expect(await screen.findByText('Aucune table QuotePart')).toBeInTheDocument();
    // Blank workbook: the inventory is open (which buttons are primary is checked in Chromium).
    const create = await screen.findByRole('button', { name: 'Créer les tables vides' });
    await user.click(create);
    const done = await screen.findByText(/^sur les feuilles : Parametres, Membres\./);
    expect(done.closest('[id="qp-setup-result"]')).toHaveFocus();
    expect(calls.createInputTemplate).toBe(1);
    await waitFor(() =>
      expect(lines(screen.getByRole('list', { name: 'Données trouvées' }))).toContain(
        'Membres : 14',
      ),
    );
    expect(calls.readWorkbook).toBe(2);
    expect(
      screen.getByText('Le classeur contient maintenant les tables de QuotePart.'),
    ).toBeInTheDocument();
    expect(
      screen.queryByText('Ce classeur ne contient pas encore les tables de QuotePart.'),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Créer les tables vides' }),
    ).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Tables créées sur 2 feuilles.');
  });

  it('loads the sample through the host', async () => {
    const { host, calls } = fakeHost();
    const user = renderPane(
      paneServices(
        host,
        fakeEngine(() => BLANK_INVENTORY, okOutcome),
      ),
    );
    await user.click(await screen.findByRole('button', { name: 'Charger l’exemple' }));
    expect(
      await screen.findByText(/^sur les feuilles : Parametres, Membres\./),
    ).toBeInTheDocument();
    expect(calls.writeInputTables).toBe(1);
  });

  it('says why nothing was created when the host refuses', async () => {
    const { host } = fakeHost({
      createInputTemplate: async () => ({
        status: 'refused',
        message: 'la feuille « Membres » existe déjà.',
        existing: ['Membres'],
      }),
    });
    const user = renderPane(
      paneServices(
        host,
        fakeEngine(() => BLANK_INVENTORY, okOutcome),
      ),
    );
    await user.click(await screen.findByRole('button', { name: 'Créer les tables vides' }));
    expect(await screen.findByText('Rien n’a été créé')).toBeInTheDocument();
    expect(screen.getByText(': la feuille « Membres » existe déjà.')).toBeInTheDocument();
  });
});

describe('QuotePartPane: Calculer and Écrire les résultats', () => {
  it('shows progress, then the summary per service and per scenario', async () => {
    const { host } = fakeHost();
    const pending = deferred<RunOutcome>();
    const engine = fakeEngine(
      () => SAMPLE_INVENTORY,
      () => pending.promise,
    );
    const user = renderPane(paneServices(host, engine));
    expect(screen.getByRole('button', { name: 'Écrire les résultats' })).toBeDisabled();
    await user.click(await screen.findByRole('button', { name: 'Calculer' }));
    expect(await screen.findByText('Calcul des quote-parts en cours…')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Calculer' })).toBeDisabled();
    pending.resolve(okOutcome());

    expect(
      await screen.findByText(
        /Quote-parts calculées pour 2 services et 2 scénarios ; 24 titres de recettes \(61 lignes\)\./,
      ),
    ).toBeInTheDocument();
    const services = screen.getByRole('table', { name: /^Par service, montants en euros/ });
    expect(bodyRows(services)).toEqual([
      ['Messagerie', `57${S}290,00`, `57${S}290,00`, '0,00'],
      ['Licences bureautiques', `45${S}202,00`, `45${S}201,97`, '-0,03'],
    ]);
    expect(bodyRows(screen.getByRole('table', { name: 'Par scénario' }))).toEqual([
      ['Référence', `102${S}491,97`, '0'],
      ['Population seule', `102${S}491,97`, '3'],
    ]);
    const [, options] = engine.runs[0] ?? [];
    expect(options).toEqual({
      generatedAt: '2026-03-16T09:30:00.000Z',
      version: '0.1.0-test',
      source: 'Mutualisation 2026.xlsx',
      host: 'preview',
    });
  });

  it('explains each non-zero difference where it is shown', async () => {
    const { host } = fakeHost();
    const user = renderPane(
      paneServices(
        host,
        fakeEngine(() => SAMPLE_INVENTORY, okOutcome),
      ),
    );
    await user.click(await screen.findByRole('button', { name: 'Calculer' }));
    const services = await screen.findByRole('table', { name: /^Par service/ });
    const gap = within(services).getByRole('cell', { name: '-0,03' });
    expect(gap).toHaveAccessibleDescription(
      /^Licences bureautiques, écart -0,03.*Mise à disposition/,
    );
    expect(screen.getByRole('list', { name: 'Écarts expliqués' })).toBeInTheDocument();
  });

  it('writes the plan with a progress bar, then reports the sheets and the syncs', async () => {
    const pending = deferred<WriteReport>();
    const { host, calls } = fakeHost();
    const writing = fakeHost({
      applyPlan: (plan, onProgress) => {
        calls.applyPlan.push(plan);
        onProgress?.({ step: 'Écriture de « QP Quote-parts »…', rowsWritten: 10, rowsTotal: 40 });
        return pending.promise;
      },
    }).host;
    const user = renderPane(
      paneServices(
        { ...host, applyPlan: writing.applyPlan },
        fakeEngine(() => SAMPLE_INVENTORY, okOutcome),
      ),
    );
    await user.click(await screen.findByRole('button', { name: 'Calculer' }));
    const write = await screen.findByRole('button', { name: 'Écrire les résultats' });
    await waitFor(() => expect(write).toBeEnabled());
    expect(
      screen.getByText(/Feuilles écrites ou remplacées : QP Quote-parts, QP Contrôles\./),
    ).toBeInTheDocument();
    await user.click(write);
    const bar = await screen.findByRole('progressbar');
    expect(bar).toHaveAttribute('aria-valuenow', '0.25');
    expect(screen.getByText('Écriture de « QP Quote-parts »…')).toBeInTheDocument();
    pending.resolve({ syncs: 7, largestRequestBytes: 1000, blocks: 3, replaced: [] });
    expect(
      await screen.findByText(
        /2 feuilles écrites \(7 échanges avec Excel\)\. Aucune feuille remplacée\./,
      ),
    ).toBeInTheDocument();
    expect(calls.applyPlan).toEqual([PLAN]);
  });

  it('says the workbook was left as it was when writing fails', async () => {
    const { host } = fakeHost({
      applyPlan: () => Promise.reject(new Error('RequestPayloadSizeLimitExceeded')),
    });
    const user = renderPane(
      paneServices(
        host,
        fakeEngine(() => SAMPLE_INVENTORY, okOutcome),
      ),
    );
    await user.click(await screen.findByRole('button', { name: 'Calculer' }));
    await user.click(await screen.findByRole('button', { name: 'Écrire les résultats' }));
    expect(
      await screen.findByText(
        'L’écriture des résultats a échoué (RequestPayloadSizeLimitExceeded). Le classeur n’a pas été modifié.',
      ),
    ).toBeInTheDocument();
  });

  it('reports an engine failure without crashing', async () => {
    const { host } = fakeHost();
    const user = renderPane(
      paneServices(
        host,
        fakeEngine(
          () => SAMPLE_INVENTORY,
          () => Promise.reject(new Error('invariant cassé')),
        ),
      ),
    );
    await user.click(await screen.findByRole('button', { name: 'Calculer' }));
    expect(await screen.findByText('Le calcul a échoué (invariant cassé).')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Écrire les résultats' })).toBeDisabled();
  });

  it('can be driven with the keyboard alone', async () => {
    const { host } = fakeHost();
    const user = renderPane(
      paneServices(
        host,
        fakeEngine(() => SAMPLE_INVENTORY, okOutcome),
      ),
    );
    const compute = await screen.findByRole('button', { name: 'Calculer' });
    await waitFor(() => expect(compute).toBeEnabled());
    while (document.activeElement !== compute) await user.tab();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('table', { name: 'Par scénario' })).toBeInTheDocument();
  });
});

describe('QuotePartPane: problems', () => {
  it('lists located problems, selects the cell on request, and refuses to write', async () => {
    const { host, calls } = fakeHost();
    const shown: unknown[] = [];
    const services = paneServices(
      host,
      fakeEngine(
        () => SAMPLE_INVENTORY,
        () => invalidOutcome([SIRET_WARNING, AMOUNT_ERROR]),
      ),
      {
        onProblemShown: (problem) => shown.push(problem),
      },
    );
    const user = renderPane(services);
    await user.click(await screen.findByRole('button', { name: 'Calculer' }));

    expect(
      await screen.findByText(
        /Le classeur contient 1 erreur : corrigez-la puis relancez le calcul\. Rien n’a été écrit\./,
      ),
    ).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Problèmes (2)' });
    const [first, second] = within(list).getAllByRole('listitem');
    expect(within(first!).getByRole('img', { name: 'Erreur' })).toBeInTheDocument();
    const value = within(first!).getByRole('textbox', {
      name: 'Charges, ligne 5, colonne Montant (cellule Charges!E5)',
    });
    expect(value).toHaveValue('douze');
    expect(value).toHaveAttribute('aria-invalid', 'true');
    expect(value).toHaveAccessibleDescription(frenchTypography(AMOUNT_ERROR.message));
    expect(within(second!).getByRole('img', { name: 'Avertissement' })).toBeInTheDocument();
    expect(within(second!).queryByRole('button')).not.toBeInTheDocument();

    await user.click(within(first!).getByRole('button', { name: 'Aller à la cellule Charges!E5' }));
    await waitFor(() => expect(calls.selectCell).toEqual([['Charges', 'E5']]));
    expect(shown).toEqual([AMOUNT_ERROR]);
    expect(screen.getByRole('button', { name: 'Écrire les résultats' })).toBeDisabled();
    expect(
      screen.getByRole('button', { name: 'Écrire les résultats' }),
    ).toHaveAccessibleDescription(/rien ne sera écrit tant que les données sont invalides/);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(calls.applyPlan).toEqual([]);
  });

  it('shows an adapter error message as it is (already a French sentence)', async () => {
    const failure = Object.assign(
      new Error(
        'La sélection de la cellule E5 de la feuille « Charges » a échoué (code Excel ItemNotFound : absent).',
      ),
      {
        name: 'OfficeHostError',
      },
    );
    const { host } = fakeHost({ selectCell: () => Promise.reject(failure) });
    const user = renderPane(
      paneServices(
        host,
        fakeEngine(
          () => SAMPLE_INVENTORY,
          () => invalidOutcome([AMOUNT_ERROR]),
        ),
      ),
    );
    await user.click(await screen.findByRole('button', { name: 'Calculer' }));
    await user.click(await screen.findByRole('button', { name: 'Aller à la cellule Charges!E5' }));
    expect(await screen.findByText(failure.message)).toBeInTheDocument();
  });

  it('says when a cell cannot be selected', async () => {
    const { host } = fakeHost({ selectCell: () => Promise.reject(new Error('ItemNotFound')) });
    const user = renderPane(
      paneServices(
        host,
        fakeEngine(
          () => SAMPLE_INVENTORY,
          () => invalidOutcome([AMOUNT_ERROR]),
        ),
      ),
    );
    await user.click(await screen.findByRole('button', { name: 'Calculer' }));
    await user.click(await screen.findByRole('button', { name: 'Aller à la cellule Charges!E5' }));
    expect(
      await screen.findByText('Impossible de sélectionner la cellule Charges!E5 (ItemNotFound).'),
    ).toBeInTheDocument();
  });

  it('pages a long list of problems', async () => {
    const { host } = fakeHost();
    const many = Array.from({ length: 120 }, (_, index) => ({
      ...AMOUNT_ERROR,
      row: index + 2,
      cell: `E${index + 2}`,
    }));
    const user = renderPane(
      paneServices(
        host,
        fakeEngine(
          () => SAMPLE_INVENTORY,
          () => invalidOutcome(many),
        ),
      ),
    );
    await user.click(await screen.findByRole('button', { name: 'Calculer' }));
    const list = await screen.findByRole('list', { name: 'Problèmes (120)' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(50);
    await user.click(screen.getByRole('button', { name: 'Afficher plus (70 restants)' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(100);
  });

  it('shows warnings of a valid run and still allows writing', async () => {
    const { host } = fakeHost();
    const user = renderPane(
      paneServices(
        host,
        fakeEngine(
          () => SAMPLE_INVENTORY,
          () => okOutcome([SIRET_WARNING]),
        ),
      ),
    );
    await user.click(await screen.findByRole('button', { name: 'Calculer' }));
    expect(await screen.findByText(/1 avertissement à lire ci-dessous\./)).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Problèmes (1)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Écrire les résultats' })).toBeEnabled();
  });
});
