/** @jest-environment jsdom */
import * as React from 'react';
import '@testing-library/jest-dom';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Problem } from '../../../src/engine';
import { WorkbookGrid } from '../../../src/preview/grid/WorkbookGrid';
import { buildFakeWorkbook, fakeValues } from '../../../src/workbook/fakeExcel';

function workbook() {
  return buildFakeWorkbook({
    sheets: [
      {
        name: 'Membres',
        rows: [
          ['Membre', 'Population'],
          ['Bois-Joly', 3184],
        ],
        tables: [{ name: 'Membres', range: 'A1:B2' }],
      },
      {
        name: 'Charges',
        rows: [
          ['Service', 'Montant'],
          ['Messagerie', 'douze'],
        ],
      },
    ],
  });
}

const PROBLEM: Problem = {
  severity: 'error',
  code: 'NOMBRE_INVALIDE',
  table: 'Charges',
  row: 2,
  column: 'Montant',
  value: 'douze',
  message: '« douze » n’est pas un nombre.',
  sheet: 'Charges',
  cell: 'B2',
};

/** The grid's cell at an address. */
function cell(address: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(`td[data-cell="${address}"]`);
  if (!found) throw new Error(`no cell ${address}`);
  return found;
}

describe('WorkbookGrid', () => {
  it('shows the active sheet with its tabs, and switches sheet on a tab click', async () => {
    const user = userEvent.setup();
    const model = workbook();
    render(<WorkbookGrid model={model} />);
    const tabs = screen.getByRole('tablist', { name: 'Feuilles du classeur' });
    expect(
      within(tabs)
        .getAllByRole('tab')
        .map((tab) => tab.textContent),
    ).toEqual(['Membres', 'Charges']);
    expect(screen.getByRole('tab', { name: 'Membres' })).toHaveAttribute('aria-selected', 'true');
    expect(cell('B2')).toHaveTextContent('3184');
    await user.click(screen.getByRole('tab', { name: 'Charges' }));
    expect(
      screen.getByRole('table', { name: 'Cellules de la feuille Charges' }),
    ).toBeInTheDocument();
    expect(cell('B2')).toHaveTextContent('douze');
  });

  it('follows a selection made through the model and explains the shown problem next to the cell', () => {
    const model = workbook();
    const { rerender } = render(<WorkbookGrid model={model} />);
    const charges = model.findSheet('Charges');
    act(() => {
      if (!charges) throw new Error('no sheet');
      model.activeSheet = charges;
      model.selection = {
        sheet: charges,
        rect: { row: 1, column: 1, rowCount: 1, columnCount: 1 },
      };
      model.notifyChanged();
    });
    expect(cell('B2')).toHaveAttribute('aria-current', 'true');
    expect(within(cell('B2')).queryByRole('note')).not.toBeInTheDocument();
    rerender(<WorkbookGrid model={model} shownProblem={PROBLEM} />);
    expect(within(cell('B2')).getByRole('note')).toHaveTextContent(
      'Charges!B2 — « douze » n’est pas un nombre.',
    );
  });

  it('lets the user select a cell and change it in the formula bar', async () => {
    const user = userEvent.setup();
    const model = workbook();
    render(<WorkbookGrid model={model} />);
    await user.click(cell('B2'));
    const input = screen.getByRole('textbox', { name: 'Cellule Membres!B2' });
    expect(input).toHaveValue('3184');
    await user.clear(input);
    await user.type(input, '3200{Enter}');
    expect(fakeValues(model, 'Membres', 'B2')).toEqual([[3200]]);
    expect(cell('B2')).toHaveTextContent('3200');
  });

  it('refuses a formula, which the fake Excel does not compute', async () => {
    const user = userEvent.setup();
    const model = workbook();
    render(<WorkbookGrid model={model} />);
    await user.click(cell('A2'));
    const input = screen.getByRole('textbox', { name: 'Cellule Membres!A2' });
    await user.clear(input);
    await user.type(input, '=1+1{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('les formules ne sont pas gérées');
    expect(fakeValues(model, 'Membres', 'A2')).toEqual([['Bois-Joly']]);
  });
});
