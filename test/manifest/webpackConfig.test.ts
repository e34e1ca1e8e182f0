/**
 * The production build's configuration, without building: it fails without ADDIN_URL (a
 * manifest pointing at a placeholder host would install an add-in that never loads),
 * ships no source maps nor the preview page unless asked (`--env preview`, for the e2e
 * tests), and gives both pages the Content-Security-Policy.
 */
import * as path from 'node:path';
import type { Configuration, WebpackPluginInstance } from 'webpack';

type Configure = (env: object, argv: { mode?: string }) => Configuration;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const configure = require(path.resolve(__dirname, '../../webpack.config.js')) as Configure;

/** The html-webpack-plugin pages of a configuration, with their options. */
function pages(config: Configuration): { filename: string; contentSecurityPolicy: string }[] {
  return (config.plugins ?? [])
    .map((plugin) => (plugin as WebpackPluginInstance & { userOptions?: object }).userOptions)
    .filter((options): options is { filename: string; contentSecurityPolicy: string } =>
      Boolean(options && 'template' in options),
    );
}

describe('webpack.config.js', () => {
  const saved = process.env.ADDIN_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = saved;
  });

  it('refuses a production build without ADDIN_URL, or with an address that is not https', () => {
    delete process.env.ADDIN_URL;
    expect(() => configure({}, { mode: 'production' })).toThrow(
      /ADDIN_URL manquant .*ADDIN_URL=https:\/\/informatique\.mon-epci\.fr\/quotepart\/ npm run build/,
    );
    process.env.ADDIN_URL = 'http://quotepart.mon-epci.fr/';
    expect(() => configure({}, { mode: 'production' })).toThrow(/doit être une adresse https/);
    expect(() => configure({}, { mode: 'development' })).not.toThrow();
  });

  it('builds production with no source maps and no preview page', () => {
    process.env.ADDIN_URL = 'https://informatique.mon-epci.fr/quotepart';
    const config = configure({}, { mode: 'production' });
    expect(config.devtool).toBe(false);
    expect(Object.keys(config.entry as object)).toEqual(['functions', 'taskpane']);
    expect(pages(config).map((p) => p.filename)).toEqual(['taskpane.html']);
    const rule = (config.module?.rules ?? []).find(
      (r) => typeof r === 'object' && r !== null && r.loader === 'ts-loader',
    ) as { options: { compilerOptions: { sourceMap: boolean } } };
    expect(rule.options.compilerOptions.sourceMap).toBe(false);
  });

  it('adds the preview page to a production build on request (e2e tests), with env.addinUrl', () => {
    delete process.env.ADDIN_URL;
    const config = configure(
      { preview: true, addinUrl: 'https://quotepart.test' },
      { mode: 'production' },
    );
    expect(pages(config).map((p) => p.filename)).toEqual(['taskpane.html', 'preview.html']);
  });

  it('gives the pages a policy allowing office.js and inline styles, eval only in development', () => {
    process.env.ADDIN_URL = 'https://quotepart.test/';
    const [production] = pages(configure({}, { mode: 'production' }));
    expect(production?.contentSecurityPolicy.split('; ')).toEqual(
      expect.arrayContaining([
        "default-src 'self'",
        "script-src 'self' https://appsforoffice.microsoft.com",
        "style-src 'self' 'unsafe-inline'",
        "object-src 'none'",
      ]),
    );
    const development = pages(configure({}, { mode: 'development' }));
    expect(development.map((p) => p.filename)).toEqual(['taskpane.html', 'preview.html']);
    expect(development[0]?.contentSecurityPolicy).toContain("'unsafe-eval'");
  });
});
