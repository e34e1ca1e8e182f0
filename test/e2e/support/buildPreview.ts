/**
 * The built add-in the end-to-end tests load: an existing build named by E2E_DIST (e.g.
 * `E2E_DIST=dist` after `ADDIN_URL=… npm run build -- --env preview`), or a fresh
 * production build into a temporary folder through webpack's Node API with the project's
 * webpack.config.js — with the preview page (`preview: true`, a production build leaves it
 * out) and E2E_ADDIN_URL as the production URL (a production build needs one).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import webpack from 'webpack';

const ROOT = path.resolve(__dirname, '../../..');

/** Production URL of the test builds (ADDIN_URL when set, as for `E2E_DIST`). */
export const E2E_ADDIN_URL = (process.env.ADDIN_URL ?? 'https://quotepart.test/').replace(
  /\/*$/,
  '/',
);

/** Runs the production build into `outDir`; rejects with webpack's errors. */
function build(outDir: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const configure = require(path.join(ROOT, 'webpack.config.js')) as (
    env: object,
    argv: { mode: string },
  ) => webpack.Configuration;
  const config = configure({ preview: true, addinUrl: E2E_ADDIN_URL }, { mode: 'production' });
  config.output = { ...config.output, path: outDir };
  config.context = ROOT;
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats?.hasErrors())
        return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
}

/** A build folder (holding preview.html and its chunks) and how to remove it when temporary. */
export type PreviewBuild = { readonly dir: string; readonly cleanup: () => void };

/** The build the tests load. */
export async function previewBuild(): Promise<PreviewBuild> {
  const given = process.env.E2E_DIST;
  if (given) {
    const dir = path.resolve(ROOT, given);
    if (!fs.existsSync(path.join(dir, 'preview.html')))
      throw new Error(
        `E2E_DIST=${given}: ${dir}/preview.html introuvable (lancez d'abord npm run build).`,
      );
    return { dir, cleanup: () => undefined };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quotepart-e2e-'));
  const cleanup = () => fs.rmSync(dir, { recursive: true, force: true });
  try {
    await build(dir);
  } catch (error) {
    cleanup();
    throw error;
  }
  return { dir, cleanup };
}
