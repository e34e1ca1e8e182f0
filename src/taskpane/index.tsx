/**
 * Entry of the task pane in Excel: waits for Office, builds the Office.js host and the
 * worker-backed engine, and renders the pane in the Office theme. The only task-pane file
 * that touches the `Office` and `Excel` globals. When office.js is missing (no network,
 * page opened outside Office) or Office does not answer, a styled French message replaces
 * the loading text after a timeout: never an endless spinner.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { createOfficeHost } from '../workbook/office/createOfficeHost';
import { createEngineWorker } from './engine/createEngineWorker';
import { createWorkerEngine } from './engine/workerEngine';
import { loadSampleTables } from './loadSampleTables';
import { watchExcelChanges } from './services/watchExcelChanges';
import { watchOfficeTheme, type OfficeThemeHost } from './services/watchOfficeTheme';
import { TaskpaneApp } from './TaskpaneApp';
import { officeThemeKind } from './theme/officeThemeKind';
import { QUOTEPART_VERSION } from './version';

/** How long Office may take to answer before the pane says it will not. */
const OFFICE_TIMEOUT_MS = 10_000;

/** The messages shown instead of the pane. */
const OUTSIDE_EXCEL =
  'QuotePart est un complément Excel : ouvrez-le depuis Excel (bureau ou web), onglet Accueil, bouton «\u00a0Répartir les coûts\u00a0».';
const NO_OFFICE =
  'QuotePart est un complément Excel : la bibliothèque Office (office.js) n’a pas pu être chargée. Vérifiez la connexion à Internet, puis rouvrez le volet depuis Excel.';

/** `focus` is the window's event, `visibilitychange` the document's. */
function addRecheck(type: 'focus' | 'visibilitychange', listener: () => void): void {
  (type === 'focus' ? window : document).addEventListener(type, listener);
}

/** Removes a listener added by `addRecheck`. */
function removeRecheck(type: 'focus' | 'visibilitychange', listener: () => void): void {
  (type === 'focus' ? window : document).removeEventListener(type, listener);
}

/** Replaces the page's content with a styled French message (when Excel is not there). */
function showMessage(root: HTMLElement, text: string): void {
  const main = document.createElement('main');
  main.className = 'qp-fallback';
  const title = document.createElement('h1');
  title.textContent = 'QuotePart';
  const paragraph = document.createElement('p');
  paragraph.setAttribute('role', 'alert');
  paragraph.textContent = text;
  main.append(title, paragraph);
  root.replaceChildren(main);
}

/** Starts the pane once Office is ready. */
function start(root: HTMLElement, info: { host: Office.HostType | null }): void {
  if (info.host !== Office.HostType.Excel || typeof Excel === 'undefined') {
    showMessage(root, OUTSIDE_EXCEL);
    return;
  }
  const services = {
    host: createOfficeHost(Excel),
    engine: createWorkerEngine(createEngineWorker),
    hostKind: 'excel',
    version: QUOTEPART_VERSION,
    loadSample: loadSampleTables,
    theme: officeThemeKind(Office.context.officeTheme),
    watchWorkbook: watchExcelChanges,
    watchTheme: (onChange: (theme: 'light' | 'dark') => void) =>
      watchOfficeTheme(
        Office as unknown as OfficeThemeHost,
        (theme) => {
          document.body.dataset.theme = theme;
          onChange(theme);
        },
        { addEventListener: addRecheck, removeEventListener: removeRecheck },
      ),
  } as const;
  document.body.dataset.theme = services.theme;
  createRoot(root).render(
    <React.StrictMode>
      <TaskpaneApp services={services} />
    </React.StrictMode>,
  );
}

const root = document.getElementById('root');
if (root) {
  if (typeof Office === 'undefined') {
    showMessage(root, NO_OFFICE);
  } else {
    let ready = false;
    const timer = setTimeout(() => {
      if (!ready) showMessage(root, OUTSIDE_EXCEL);
    }, OFFICE_TIMEOUT_MS);
    void Office.onReady((info) => {
      ready = true;
      clearTimeout(timer);
      start(root, info);
    });
  }
}
