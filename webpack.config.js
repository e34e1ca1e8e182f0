/**
 * Webpack build of the Excel add-in (task pane) and of the browser preview.
 *
 * - `taskpane.html` loads office.js from Microsoft's CDN (required by the Marketplace) and
 *   the task pane bundle; the engine is split into its own chunks (loaded on first use, run in a
 *   Web Worker) so that the initial JavaScript stays small.
 * - `preview.html` (served at `/` by the dev server) never loads office.js: it installs the
 *   in-memory fake Excel and renders the real task pane next to a grid of the workbook.
 * - `manifest.xml` is copied into dist/ with its development URLs (https://localhost:3000)
 *   rewritten to the production URL taken from the ADDIN_URL environment variable. A
 *   production build without ADDIN_URL fails: a manifest pointing at a placeholder host
 *   would install an add-in that never loads.
 * - Production ships only what Excel loads: no source maps and no preview page. The
 *   end-to-end tests build production with `--env preview` (Node API: `{ preview: true }`)
 *   to test the preview page as built, and `addinUrl` in the env instead of ADDIN_URL.
 * - `taskpane.html` carries a Content-Security-Policy (meta tag, before office.js; see contentSecurityPolicy).
 * - The custom functions (=QUOTEPART.REPARTIR…) run in the task pane's shared runtime:
 *   `functions.js` (fixed name, the manifest points at it) is loaded by `taskpane.html`, and
 *   `functions.json` is generated from the JSDoc of src/functions/functions.ts by
 *   custom-functions-metadata-plugin, which also appends the `CustomFunctions.associate`
 *   calls to that file. The preview bundles the same file (with a stand-in `CustomFunctions`).
 *
 * Dev server: http on 127.0.0.1, port from PORT (default 3000). With DEV_HTTPS=1 it serves
 * https on localhost with the certificates of `npx office-addin-dev-certs install` (see
 * docs/addin.md), which is what sideloading into Excel needs.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');

/** The custom functions' source: its JSDoc gives functions.json. */
const FUNCTIONS_SOURCE = path.resolve(__dirname, 'src/functions/functions.ts');

/** URL prefix written in the source manifest (development). */
const DEV_URL = 'https://localhost:3000/';

/**
 * Content-Security-Policy of the task pane (meta tag, first in <head>): scripts from the add-in's own
 * origin and office.js from Microsoft's CDN only; styles inline too, since Fluent UI's
 * Griffel inserts its rules at run time; images from the add-in, data: and blob: URLs;
 * the engine's Web Worker from the add-in; no plugin, no form, no base change. Checked in
 * Chromium by the e2e test (no violation while the pane boots).
 */
function contentSecurityPolicy(production) {
  return [
    "default-src 'self'",
    // Development builds evaluate their modules (eval source maps) and live-reload over a WebSocket.
    `script-src 'self' https://appsforoffice.microsoft.com${production ? '' : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' https://appsforoffice.microsoft.com${production ? '' : ' ws: wss:'}`,
    "worker-src 'self'",
    "frame-src 'self' https://appsforoffice.microsoft.com",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** Browser replacement of the xlsx reader's node:zlib codec (the preview reads dropped files). */
const BROWSER_DEFLATE_CODEC = path.resolve(__dirname, 'src/preview/xlsx/deflateCodec.browser.ts');

/**
 * The production URL (`env.addinUrl`, else ADDIN_URL) with exactly one trailing slash;
 * throws a clear message when there is none or it is not https.
 */
function productionAddinUrl(env) {
  const url = (env.addinUrl || process.env.ADDIN_URL || '').trim();
  if (url === '')
    throw new Error(
      'ADDIN_URL manquant : la construction de production écrit dans dist/manifest.xml ' +
        "l'adresse HTTPS où dist/ sera publié. Exemple : ADDIN_URL=https://informatique.mon-epci.fr/quotepart/ npm run build",
    );
  if (!/^https:\/\/[^/\s]+/i.test(url))
    throw new Error(`ADDIN_URL doit être une adresse https:// (reçu « ${url} »).`);
  return url.replace(/\/*$/, '/');
}

/** Rewrites the development URLs of the manifest to the production URL. */
function rewriteManifest(url) {
  return (content) => content.toString().split(DEV_URL).join(url);
}

/** Dev-server transport: plain http unless DEV_HTTPS=1 (then the office-addin-dev-certs files). */
function devServerTransport() {
  if (process.env.DEV_HTTPS !== '1') return { host: '127.0.0.1', server: 'http' };
  const certDir = process.env.DEV_CERTS_DIR || path.join(os.homedir(), '.office-addin-dev-certs');
  const read = (name) => fs.readFileSync(path.join(certDir, name));
  return {
    host: 'localhost',
    server: {
      type: 'https',
      options: { key: read('localhost.key'), cert: read('localhost.crt'), ca: read('ca.crt') },
    },
  };
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const withPreview = !production || Boolean(env.preview);
  const addinUrl = production ? productionAddinUrl(env) : DEV_URL;
  const manifestExists = fs.existsSync(path.resolve(__dirname, 'manifest.xml'));
  const assetsExist =
    fs.existsSync(path.resolve(__dirname, 'assets')) &&
    fs.readdirSync(path.resolve(__dirname, 'assets')).length > 0;
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'eval-cheap-module-source-map',
    entry: {
      functions: { import: FUNCTIONS_SOURCE, filename: 'functions.js' },
      taskpane: './src/taskpane/index.tsx',
      ...(withPreview ? { preview: './src/preview/index.tsx' } : {}),
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        // The engine is pure (no side effects at import): modules re-exported by its index but
        // unused by a bundle are dropped, so the task pane loads the engine only on demand.
        { test: /[\\/]src[\\/]engine[\\/]/, sideEffects: false },
        // The PDF annex's fonts (DejaVu Sans Condensed): emitted as files, fetched by the
        // lazily loaded PDF chunk only when the user downloads the annex.
        {
          test: /\.ttf$/,
          type: 'asset/resource',
          generator: { filename: 'fonts/[name].[contenthash:8][ext]' },
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          options: {
            transpileOnly: true,
            configFile: path.resolve(__dirname, 'tsconfig.json'),
            // ES modules for webpack: tree shaking of Fluent UI and real code splitting on import().
            compilerOptions: { module: 'esnext', sourceMap: !production },
          },
        },
      ],
    },
    plugins: [
      new webpack.DefinePlugin({
        'process.env.QUOTEPART_VERSION': JSON.stringify(require('./package.json').version),
      }),
      new webpack.NormalModuleReplacementPlugin(/^\.\/deflateCodec$/, (resource) => {
        if (/[\\/]xlsx[\\/]zip$/.test(resource.context)) resource.request = BROWSER_DEFLATE_CODEC;
      }),
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_SOURCE, output: 'functions.json' }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['functions', 'taskpane'],
        chunksSortMode: 'manual',
        contentSecurityPolicy: contentSecurityPolicy(production),
      }),
      ...(withPreview
        ? [
            new HtmlWebpackPlugin({
              filename: 'preview.html',
              template: './src/preview/preview.html',
              chunks: ['preview'],
              contentSecurityPolicy: contentSecurityPolicy(production),
            }),
          ]
        : []),
      ...(manifestExists || assetsExist
        ? [
            new CopyWebpackPlugin({
              patterns: [
                ...(assetsExist ? [{ from: 'assets', to: 'assets' }] : []),
                ...(manifestExists
                  ? [
                      {
                        from: 'manifest.xml',
                        to: 'manifest.xml',
                        ...(production ? { transform: rewriteManifest(addinUrl) } : {}),
                      },
                    ]
                  : []),
              ],
            }),
          ]
        : []),
    ],
    performance: { hints: false },
    // Rebuilds (e2e tests, watch) reuse the previous build's work.
    cache: { type: 'filesystem', buildDependencies: { config: [__filename] } },
    devServer: {
      ...devServerTransport(),
      port: Number(process.env.PORT) || 3000,
      allowedHosts: ['127.0.0.1', 'localhost'],
      headers: { 'Access-Control-Allow-Origin': '*' },
      devMiddleware: { index: 'preview.html' },
      static: false,
      hot: false,
      liveReload: true,
      client: { overlay: { warnings: false, errors: true } },
      open: false,
    },
  };
};
