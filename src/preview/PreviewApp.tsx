/**
 * The browser preview: the real task pane (320 px) next to a grid of an in-memory
 * workbook, both driven through the fake Excel that the adapter tests use, so anyone can
 * try QuotePart without Excel and end-to-end tests can drive it.
 */
import * as React from 'react';
import type { Problem } from '../engine';
import type { EngineOperations } from '../taskpane/engine/engineOperations';
import { loadSampleTables } from '../taskpane/loadSampleTables';
import type { PaneServices } from '../taskpane/services/paneServices';
import { TaskpaneApp } from '../taskpane/TaskpaneApp';
import { installFakeExcel, type FakeWorkbookModel } from '../workbook/fakeExcel';
import { createOfficeHost } from '../workbook/office/createOfficeHost';
import { previewFunctionRegistry } from './functions/registerPreviewFunctions';
import { recalculate } from './formulas/previewFormulas';
import { WorkbookGrid } from './grid/WorkbookGrid';
import { PREVIEW_LIMITS } from './previewLimits';
import { EXAMPLE_BUTTONS, openExample, type PreviewExample } from './workbooks/previewWorkbooks';
import { readDroppedFile } from './workbooks/readDroppedFile';

/** Props of `PreviewApp`. */
export type PreviewAppProps = {
  /** Workbook opened first. */
  readonly initialExample: PreviewExample;
  /** The engine (a worker in the browser). */
  readonly engine: EngineOperations;
  /** QuotePart version shown in the run journal. */
  readonly version: string;
  /** Where the fake `Excel` global is installed. Default: `window`. */
  readonly globalTarget?: object;
  /** Office theme the pane follows (`?theme=sombre` in the URL). Default: light. */
  readonly theme?: 'light' | 'dark';
};

/** An open workbook: its model and the pane services bound to it. */
type OpenWorkbook = {
  readonly model: FakeWorkbookModel;
  readonly services: PaneServices;
  readonly id: number;
};

let nextWorkbookId = 1;

/** Renders the preview page. */
export function PreviewApp(props: PreviewAppProps): React.ReactElement {
  const [shownProblem, setShownProblem] = React.useState<Problem | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [dragging, setDragging] = React.useState(false);

  const open = React.useCallback(
    (model: FakeWorkbookModel): OpenWorkbook => {
      const excel = installFakeExcel(props.globalTarget ?? window, model);
      // =QUOTEPART.… formulas of the grid follow every change, as in Excel.
      model.subscribe(() => recalculate(model, previewFunctionRegistry));
      const services: PaneServices = {
        host: createOfficeHost(excel, { limits: PREVIEW_LIMITS }),
        engine: props.engine,
        hostKind: 'preview',
        version: props.version,
        loadSample: loadSampleTables,
        onProblemShown: setShownProblem,
        // Edits in the grid (and the pane's own writes) notify the model's subscribers.
        watchWorkbook: (onChange) => model.subscribe(onChange),
        theme: props.theme ?? 'light',
      };
      return { model, services, id: nextWorkbookId++ };
    },
    [props.engine, props.version, props.globalTarget, props.theme],
  );

  const [workbook, setWorkbook] = React.useState<OpenWorkbook>(() =>
    open(openExample(props.initialExample)),
  );

  const replace = (model: FakeWorkbookModel) => {
    setShownProblem(null);
    setError(null);
    setWorkbook(open(model));
  };

  const openFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      replace(await readDroppedFile(file));
    } catch (failure) {
      setError(
        `Impossible d’ouvrir « ${file.name} » : ${failure instanceof Error ? failure.message : String(failure)}`,
      );
    }
  };

  return (
    <div
      className={dragging ? 'qp-preview qp-dragging' : 'qp-preview'}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        void openFile(event.dataTransfer.files[0]);
      }}
    >
      <header className="qp-toolbar">
        <h1>QuotePart — aperçu sans Excel</h1>
        <div className="qp-toolbar-actions" role="group" aria-label="Classeur de l’aperçu">
          {(Object.keys(EXAMPLE_BUTTONS) as PreviewExample[]).map((example) => (
            <button key={example} type="button" onClick={() => replace(openExample(example))}>
              {EXAMPLE_BUTTONS[example]}
            </button>
          ))}
          <label className="qp-file">
            Ouvrir un classeur .xlsx
            <input
              type="file"
              accept=".xlsx"
              onChange={(event) => void openFile(event.target.files?.[0])}
            />
          </label>
          <span className="qp-drop-hint">ou déposez un fichier .xlsx sur la page</span>
        </div>
        <p className="qp-doc-name">
          Classeur ouvert : <strong>{workbook.model.name}</strong>
        </p>
        {error && (
          <p role="alert" className="qp-error">
            {error}
          </p>
        )}
      </header>
      <div className="qp-body">
        {/* Not a landmark: the pane's own <main> must stay a top-level landmark, as in Excel. */}
        <div className="qp-pane" data-theme={props.theme ?? 'light'}>
          <TaskpaneApp key={workbook.id} services={workbook.services} />
        </div>
        <section className="qp-excel" aria-label="Classeur">
          <WorkbookGrid
            model={workbook.model}
            shownProblem={shownProblem}
            functions={previewFunctionRegistry}
          />
        </section>
      </div>
    </div>
  );
}
