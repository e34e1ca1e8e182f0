/**
 * The preview's stand-in for Excel's window: sheet tabs, a formula bar to change a cell,
 * and a grid of the fake workbook, with the selected cell highlighted and, when the task
 * pane asked to show a problem, its message right next to the cell.
 */
import * as React from 'react';
import type { Problem } from '../../engine';
import { type FakeWorkbookModel } from '../../workbook/fakeExcel';
import { cellAddress, columnLetters } from '../../engine';
import { readValue, storedValue } from '../../workbook/fakeExcel/model/cellValue';
import type { FakeSheetModel } from '../../workbook/fakeExcel/model/sheetModel';
import { formatCellForGrid } from './formatCellForGrid';
import { gridWindow } from './gridWindow';
import { useWorkbookModel } from './useWorkbookModel';
import type { PreviewFunctionRegistry } from '../functions/previewCustomFunctions';
import { enterCell, formulaAt } from '../formulas/previewFormulas';

/** Props of `WorkbookGrid`. */
export type WorkbookGridProps = {
  /** The fake workbook to show. */
  readonly model: FakeWorkbookModel;
  /** The problem the task pane showed last, explained next to its cell. Default: none. */
  readonly shownProblem?: Problem | null;
  /** The registered custom functions: with them, `=QUOTEPART.…` formulas are evaluated. Default: none. */
  readonly functions?: PreviewFunctionRegistry | null;
};

/** From this column on, the note opens towards the left so that it stays in view. */
const NOTE_FLIP_COLUMN = 3;

/** Selects a cell as a user clicking in Excel would (activates its sheet). */
function selectCell(
  model: FakeWorkbookModel,
  sheet: FakeSheetModel,
  row: number,
  column: number,
): void {
  model.activeSheet = sheet;
  model.selection = { sheet, rect: { row, column, rowCount: 1, columnCount: 1 } };
  model.notifyChanged();
}

/** Renders the sheet tabs, the formula bar and the grid of the active sheet. */
export function WorkbookGrid(props: WorkbookGridProps): React.ReactElement {
  const { model } = props;
  useWorkbookModel(model);
  const sheet = model.activeSheet ?? model.sheets[0] ?? null;
  const selection =
    model.selection && model.selection.sheet === sheet ? model.selection.rect : null;
  const selectedRef = React.useRef<HTMLTableCellElement | null>(null);
  const selectionKey = selection && sheet ? `${sheet.id}!${selection.row}:${selection.column}` : '';
  React.useEffect(() => {
    selectedRef.current?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [selectionKey]);

  if (!sheet) return <p>Classeur vide.</p>;
  const view = gridWindow(sheet.usedRect(true), selection);
  const address = selection ? cellAddress(selection.row + 1, selection.column + 1) : null;
  const note =
    props.shownProblem &&
    props.shownProblem.sheet === sheet.name &&
    props.shownProblem.cell === address
      ? props.shownProblem
      : null;
  const rows = Array.from({ length: view.rowEnd - view.rowStart }, (_, i) => view.rowStart + i);
  const columns = Array.from({ length: view.columnEnd }, (_, i) => i);

  return (
    <div className="qp-workbook">
      <div role="tablist" aria-label="Feuilles du classeur" className="qp-tabs">
        {model.sheets.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            aria-selected={tab === sheet}
            className="qp-tab"
            onClick={() => {
              model.activeSheet = tab;
              model.notifyChanged();
            }}
          >
            {tab.name}
          </button>
        ))}
      </div>
      <FormulaBar
        model={model}
        sheet={sheet}
        row={selection?.row ?? null}
        column={selection?.column ?? null}
        functions={props.functions ?? null}
      />
      <div className="qp-grid-scroll" role="tabpanel" aria-label={`Feuille ${sheet.name}`}>
        <table
          className="qp-grid"
          aria-label={`Cellules de la feuille ${sheet.name}`}
          data-sheet={sheet.name}
        >
          <thead>
            <tr>
              <td className="qp-corner" />
              {columns.map((c) => (
                <th key={c} scope="col">
                  {columnLetters(c + 1)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r}>
                <th scope="row">{r + 1}</th>
                {columns.map((c) => {
                  const selected =
                    selection !== null && r === selection.row && c === selection.column;
                  const value = readValue(sheet.valueAt(r, c));
                  const text = formatCellForGrid({
                    value: value === '' ? null : value,
                    numberFormat: sheet.numberFormatAt(r, c),
                  });
                  const classes = [
                    'qp-cell',
                    typeof value === 'number' ? 'qp-number' : '',
                    sheet.boldAt(r, c) ? 'qp-bold' : '',
                    selected ? 'qp-selected' : '',
                  ];
                  return (
                    <td
                      key={c}
                      ref={selected ? selectedRef : undefined}
                      data-cell={cellAddress(r + 1, c + 1)}
                      aria-current={selected ? 'true' : undefined}
                      className={classes.filter(Boolean).join(' ')}
                      onClick={() => selectCell(model, sheet, r, c)}
                    >
                      {text}
                      {selected && note && (
                        <div
                          role="note"
                          className={`qp-cell-note qp-note-${note.severity}${c >= NOTE_FLIP_COLUMN ? ' qp-note-flip' : ''}`}
                          aria-live="polite"
                        >
                          <strong>{`${note.sheet}!${note.cell}`}</strong> — {note.message}
                        </div>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {view.rowsCut > 0 && (
          <p className="qp-cut">
            {view.rowsCut} lignes non affichées (l’aperçu montre 300 lignes autour de la sélection).
          </p>
        )}
      </div>
    </div>
  );
}

/** Props of `FormulaBar`. */
type FormulaBarProps = {
  readonly model: FakeWorkbookModel;
  readonly sheet: FakeSheetModel;
  readonly row: number | null;
  readonly column: number | null;
  readonly functions: PreviewFunctionRegistry | null;
};

/** Shows the selected cell's content and lets the user change it (Entrée to apply). */
function FormulaBar(props: FormulaBarProps): React.ReactElement {
  const { model, sheet, row, column } = props;
  const hasCell = row !== null && column !== null;
  const formula = hasCell ? formulaAt(model, sheet, row, column) : undefined;
  const current = hasCell ? (formula?.text ?? String(readValue(sheet.valueAt(row, column)))) : '';
  const [draft, setDraft] = React.useState(current);
  const [error, setError] = React.useState<string | null>(null);
  React.useEffect(() => {
    setDraft(current);
    setError(null);
  }, [current, sheet, row, column]);

  const apply = () => {
    if (!hasCell) return;
    if (props.functions) {
      const entered = enterCell(model, props.functions, sheet, row, column, draft);
      if (entered !== undefined) {
        setError(entered);
        model.notifyChanged();
        return;
      }
    }
    try {
      const value = storedValue(draft, sheet.numberFormatAt(row, column));
      if (value !== undefined) sheet.setValue(row, column, value);
      model.notifyChanged();
    } catch {
      setError('Valeur refusée (les formules ne sont pas gérées par l’aperçu).');
    }
  };

  return (
    <form
      className="qp-formula-bar"
      onSubmit={(event) => {
        event.preventDefault();
        apply();
      }}
    >
      <label htmlFor="qp-formula-input">
        {hasCell
          ? `Cellule ${sheet.name}!${cellAddress(row + 1, column + 1)}`
          : 'Aucune cellule sélectionnée'}
      </label>
      <input
        id="qp-formula-input"
        value={draft}
        disabled={!hasCell}
        onChange={(event) => setDraft(event.target.value)}
        aria-invalid={error !== null}
        aria-describedby={error ? 'qp-formula-error' : undefined}
      />
      <button type="submit" disabled={!hasCell}>
        Valider
      </button>
      {error && (
        <span id="qp-formula-error" role="alert">
          {error}
        </span>
      )}
      {!error && formula?.message && (
        <span className="qp-formula-message" role="status">
          {formula.message}
        </span>
      )}
    </form>
  );
}
