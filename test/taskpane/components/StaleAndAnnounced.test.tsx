/** @jest-environment jsdom */
/**
 * The pane never writes stale results (the input is read again and compared before each
 * write; "Recalculer puis écrire" does both in one click), keeps a written member annex
 * through a later write of the results, announces each step in a live region, moves focus
 * to the result or the first problem, and shows the scenario chart with the losing members.
 */
import '@testing-library/jest-dom';
import '../support/jsdomBrowserApis';
import '../support/paneQueries';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RawWorkbook, RunOutcome } from '../../../src/engine';
import type { WritePlan } from '../../../src/engine';
import {
  AMOUNT_ERROR,
  MEMBER_PLAN,
  PLAN,
  SAMPLE_INVENTORY,
  fakeEngine,
  fakeHost,
  invalidOutcome,
  okOutcome,
  paneServices,
} from '../support/paneFakes';
import { renderTaskpane } from '../support/renderTaskpane';

/** A workbook whose Charges!E15 holds `amount`. */
function workbookWith(amount: number): RawWorkbook {
  return {
    tables: [
      {
        name: 'Charges',
        sheet: 'Charges',
        source: 'table',
        headerRow: 1,
        firstColumn: 1,
        headers: ['Service', 'Montant'],
        rows: [['Messagerie', amount]],
      },
    ],
    sheetNames: ['Charges'],
  };
}

/** A host whose workbook is `current.workbook` at each read. */
function hostReading(current: { workbook: RawWorkbook }) {
  const faked = fakeHost({ readWorkbook: async () => current.workbook });
  return faked;
}

/** An outcome whose comparison has losers and winners in « Population seule ». */
function outcomeWithScenario(): RunOutcome {
  const base = okOutcome();
  const row = (member: string, scenario: string, delta: string) => ({
    member,
    scenario,
    total: '100.00',
    delta,
    standalone: null,
    gain: null,
  });
  return {
    ...base,
    json: {
      ...base.json,
      comparison: [
        row('Saint-Aurèle', 'Référence', '0.00'),
        row('Pontvieux', 'Référence', '0.00'),
        row('Saint-Aurèle', 'Population seule', '-178.00'),
        row('Pontvieux', 'Population seule', '178.00'),
        row('Saint-Aurèle', 'Parts égales', '12.00'),
        row('Pontvieux', 'Parts égales', '-12.00'),
      ],
    },
  };
}

describe('QuotePartPane: never stale', () => {
  it('refuses to write after the input changed, names the table, then recomputes and writes in one click', async () => {
    const current = { workbook: workbookWith(148600) };
    const { host, calls } = hostReading(current);
    const engine = fakeEngine(() => SAMPLE_INVENTORY, okOutcome);
    renderTaskpane(paneServices(host, engine));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Calculer' }));
    await screen.findByText('Calcul terminé');
    current.workbook = workbookWith(999999);
    await user.click(screen.getByRole('button', { name: 'Écrire les résultats' }));
    const refused = await screen.findByText('Résultats périmés');
    expect(refused.closest('#qp-write-result')).toHaveFocus();
    expect(refused.closest('#qp-write-result')).toHaveTextContent(
      /Le classeur a changé depuis le calcul \(table « Charges »\)\. Rien n’a été écrit\./,
    );
    expect(calls.applyPlan).toEqual([]);
    expect(screen.getByRole('status')).toHaveTextContent(/Le classeur a changé depuis le calcul/);
    expect(screen.getByText(/· modifié depuis le calcul$/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Écrire les résultats' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Recalculer puis écrire' }));
    await screen.findByText('Résultats écrits');
    expect(engine.runs).toHaveLength(2);
    expect(calls.applyPlan).toEqual([PLAN]);
    expect(screen.getByText(/· résultats écrits$/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/^Résultats écrits : 2 feuilles\./);
  });

  it('writes again the member annex written before, in the same write, and says what it replaced', async () => {
    const { host, calls } = fakeHost({
      applyPlan: async (plan: WritePlan, _progress, options) => {
        calls.applyPlan.push(plan);
        calls.applyOptions.push(options);
        return {
          syncs: 5,
          largestRequestBytes: 10,
          blocks: 1,
          replaced: plan.sheets.map((sheet) => sheet.name),
        };
      },
    });
    const engine = fakeEngine(() => SAMPLE_INVENTORY, okOutcome);
    renderTaskpane(paneServices(host, engine));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Calculer' }));
    await user.click(await screen.findByRole('combobox', { name: 'Membre' }));
    await user.click(await screen.findByRole('option', { name: 'Pontvieux' }));
    await user.click(screen.getByRole('button', { name: 'Écrire l’annexe du membre' }));
    await screen.findByText('Annexe écrite');
    await user.click(screen.getByRole('button', { name: 'Écrire les résultats' }));
    const written = await screen.findByText('Résultats écrits');
    expect(calls.applyPlan[1]).toEqual({ sheets: [...PLAN.sheets, ...MEMBER_PLAN.sheets] });
    expect(written.closest('#qp-write-result')).toHaveTextContent(
      'Remplacées : « QP Quote-parts », « QP Contrôles », « QP Annexe membre ». L’annexe de « Pontvieux » (« QP Annexe membre ») a été réécrite avec ces résultats.',
    );
    expect(engine.memberAnnexes.map(([, name]) => name)).toEqual(['Pontvieux', 'Pontvieux']);
  });
});

describe('QuotePartPane: announced and focused', () => {
  it('announces the verdict and moves focus to the first problem', async () => {
    const { host } = fakeHost();
    renderTaskpane(
      paneServices(
        host,
        fakeEngine(
          () => SAMPLE_INVENTORY,
          () => invalidOutcome([AMOUNT_ERROR]),
        ),
      ),
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Calculer' }));
    const value = await screen.findByRole('textbox', {
      name: 'Charges, ligne 5, colonne Montant (cellule Charges!E5)',
    });
    await waitFor(() => expect(value).toHaveFocus());
    expect(screen.getByRole('status')).toHaveTextContent(
      'Données à corriger. Le classeur contient 1 erreur',
    );
    expect(screen.getByText(/· 1 erreur$/)).toBeInTheDocument();
  });

  it('moves focus to the verdict of a valid run, and no combobox chevron is a Tab stop', async () => {
    const { host } = fakeHost();
    renderTaskpane(
      paneServices(
        host,
        fakeEngine(() => SAMPLE_INVENTORY, okOutcome),
      ),
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Calculer' }));
    await waitFor(() =>
      expect(screen.getByText('Calcul terminé').closest('#qp-verdict')).toHaveFocus(),
    );
    expect(screen.getByRole('status')).toHaveTextContent(/^Calcul terminé\. Quote-parts calculées/);
    const combobox = screen.getByRole('combobox', { name: 'Membre' });
    combobox.focus();
    await user.tab();
    expect(document.activeElement).not.toHaveAttribute('aria-label', 'Open');
    expect(document.activeElement?.getAttribute('role')).not.toBe('button');
    expect(screen.queryByRole('button', { name: /^Open/ })).not.toBeInTheDocument();
  });

  it('writes all the user-facing text with French typography', async () => {
    const { host } = fakeHost();
    renderTaskpane(
      paneServices(
        host,
        fakeEngine(() => SAMPLE_INVENTORY, outcomeWithScenario),
      ),
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Calculer' }));
    await screen.findByText('Calcul terminé');
    await user.click(screen.getByRole('button', { name: 'Ce que contient le classeur' }));
    const text = document.body.textContent ?? '';
    expect(text).not.toMatch(/\p{L}'\p{L}/u);
    expect(text).not.toMatch(/«\u0020|\u0020»/);
    expect(text).toContain('«\u00a0');
  });
});

describe('QuotePartPane: scenario chart', () => {
  it('draws the chosen scenario, lists the members who lose, and follows "Scénario affiché"', async () => {
    const { host } = fakeHost();
    renderTaskpane(
      paneServices(
        host,
        fakeEngine(() => SAMPLE_INVENTORY, outcomeWithScenario),
      ),
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Calculer' }));
    const chart = await screen.findByRole('img', { name: /scénario «\s*Population seule\s*»/ });
    expect(chart.querySelectorAll('rect')).toHaveLength(2);
    const losers = screen.getByRole('list', { name: 'Membres qui paient plus' });
    expect(
      within(losers)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Pontvieux : +178,00\u00a0€']);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Scénario affiché' }),
      'Parts égales',
    );
    expect(screen.getByRole('img', { name: /scénario «\s*Parts égales\s*»/ })).toBeInTheDocument();
    expect(
      within(screen.getByRole('list', { name: 'Membres qui paient plus' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Saint-Aurèle : +12,00\u00a0€']);
    expect(
      screen.getByText(
        /« Parts égales » contre Référence : 1 membre perdant, 1 membre gagnant, 0 inchangé\./,
      ),
    ).toBeInTheDocument();
  });
});
