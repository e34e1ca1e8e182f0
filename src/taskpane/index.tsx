/**
 * Entry of the task pane in Excel: waits for Office, builds the Office.js host and the
 * worker-backed engine, and renders the pane. The only task-pane file that touches the
 * `Office` and `Excel` globals.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { createOfficeHost } from '../workbook/office/createOfficeHost';
import { createEngineWorker } from './engine/createEngineWorker';
import { createWorkerEngine } from './engine/workerEngine';
import { loadSampleTables } from './loadSampleTables';
import { TaskpaneApp } from './TaskpaneApp';
import { QUOTEPART_VERSION } from './version';

/** Replaces the page's content with a French message (when Excel is not there). */
function showMessage(root: HTMLElement, text: string): void {
  const paragraph = document.createElement('p');
  paragraph.setAttribute('role', 'alert');
  paragraph.textContent = text;
  root.replaceChildren(paragraph);
}

void Office.onReady((info) => {
  const root = document.getElementById('root');
  if (!root) return;
  if (info.host !== Office.HostType.Excel || typeof Excel === 'undefined') {
    showMessage(
      root,
      'QuotePart est un complément Excel : ouvrez-le depuis Excel (bureau ou web). Pour l’essayer sans Excel, lancez « npm run preview ».',
    );
    return;
  }
  const services = {
    host: createOfficeHost(Excel),
    engine: createWorkerEngine(createEngineWorker),
    hostKind: 'excel',
    version: QUOTEPART_VERSION,
    loadSample: loadSampleTables,
  } as const;
  createRoot(root).render(
    <React.StrictMode>
      <TaskpaneApp services={services} />
    </React.StrictMode>,
  );
});
