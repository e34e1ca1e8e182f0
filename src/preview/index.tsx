/**
 * Entry of the browser preview (`npm run preview`): no office.js; the fake Excel stands in
 * for Excel and the engine runs in a Web Worker, as in the task pane.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { createEngineWorker } from '../taskpane/engine/createEngineWorker';
import { createWorkerEngine } from '../taskpane/engine/workerEngine';
import { QUOTEPART_VERSION } from '../taskpane/version';
import { PreviewApp } from './PreviewApp';
import { exampleFromQuery } from './workbooks/previewWorkbooks';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <React.StrictMode>
      <PreviewApp
        initialExample={exampleFromQuery(window.location.search)}
        engine={createWorkerEngine(createEngineWorker)}
        version={QUOTEPART_VERSION}
        theme={
          new URLSearchParams(window.location.search).get('theme') === 'sombre' ? 'dark' : 'light'
        }
      />
    </React.StrictMode>,
  );
}
