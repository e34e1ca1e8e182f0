/**
 * manifest.xml: valid against the Office add-in schemas (xmllint, offline, with the
 * copies in test/manifest/xsd/), and saying what the add-in needs: Excel workbooks,
 * French, ReadWriteDocument only, ExcelApi 1.7, a button on the Home tab, icons that
 * exist at their declared sizes, and only development URLs for the build to rewrite.
 * The schemas predate the shared runtime's `<Runtimes>` element: the manifest is validated
 * without that one element, which is checked on its own (place, resid, lifetime).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { requireXmllint, validateManifest as validate, withoutRuntimes } from './validateManifest';

const root = path.resolve(__dirname, '../..');
const manifestPath = path.join(root, 'manifest.xml');
const manifest = fs.readFileSync(manifestPath, 'utf8');
const DEV_URL = 'https://localhost:3000/';

/** Text of an XPath over the manifest (namespaces ignored through local-name()). */
function xpath(expression: string): string {
  requireXmllint();
  return execFileSync('xmllint', ['--xpath', expression, manifestPath], {
    encoding: 'utf8',
  }).trim();
}

const el = (name: string): string => `*[local-name()="${name}"]`;

function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('manifest.xml', () => {
  it('validates against the Office add-in manifest schemas', () => {
    const result = validate(manifest);
    expect(result.output).toContain('validates');
    expect(result.ok).toBe(true);
  });

  it('is rejected by the same validation when broken (the schemas are really applied)', () => {
    expect(
      validate(
        manifest.replace('<Permissions>ReadWriteDocument<', '<Permissions>ReadWriteDocuments<'),
      ).ok,
    ).toBe(false);
    expect(
      validate(manifest.replace('<Label resid="Button.Label"/>', '<Lable resid="Button.Label"/>'))
        .ok,
    ).toBe(false);
    expect(validate(manifest.replace('<Hosts>', '<Hots>')).ok).toBe(false);
  });

  it('declares a French task-pane add-in for Excel workbooks with ReadWriteDocument only', () => {
    expect(xpath(`string(/${el('OfficeApp')}/@*[local-name()="type"])`)).toBe('TaskPaneApp');
    expect(xpath(`string(//${el('Id')})`)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(xpath(`string(//${el('DefaultLocale')})`)).toBe('fr-FR');
    expect(xpath(`string(//${el('Description')}/@DefaultValue)`)).toMatch(
      /quote-parts.*titres de recettes/,
    );
    expect(xpath(`count(/${el('OfficeApp')}/${el('Hosts')}/${el('Host')})`)).toBe('1');
    expect(xpath(`string(/${el('OfficeApp')}/${el('Hosts')}/${el('Host')}/@Name)`)).toBe(
      'Workbook',
    );
    expect(xpath(`count(//${el('Permissions')})`)).toBe('1');
    expect(xpath(`string(//${el('Permissions')})`)).toBe('ReadWriteDocument');
  });

  it('requires ExcelApi 1.7 to install, the shared runtime and custom functions 1.1 for the overrides', () => {
    const base = `/${el('OfficeApp')}/${el('Requirements')}`;
    expect(xpath(`count(${base}//${el('Set')})`)).toBe('1');
    expect(xpath(`string(${base}//${el('Set')}/@Name)`)).toBe('ExcelApi');
    expect(xpath(`string(${base}//${el('Set')}/@MinVersion)`)).toBe('1.7');
    const overrides = `//${el('VersionOverrides')}/${el('Requirements')}//${el('Set')}`;
    expect(xpath(`concat(${overrides}[1]/@Name, " ", ${overrides}[1]/@MinVersion)`)).toBe(
      'SharedRuntime 1.1',
    );
    expect(xpath(`concat(${overrides}[2]/@Name, " ", ${overrides}[2]/@MinVersion)`)).toBe(
      'CustomFunctionsRuntime 1.1',
    );
  });

  it('runs the task pane and the custom functions in one long-lived shared runtime', () => {
    const host = `//${el('VersionOverrides')}//${el('Host')}`;
    // <Runtimes> comes first in the Host, then <AllFormFactors>, then <DesktopFormFactor>.
    expect(xpath(`local-name(${host}/*[1])`)).toBe('Runtimes');
    expect(xpath(`local-name(${host}/*[2])`)).toBe('AllFormFactors');
    expect(xpath(`count(${host}/${el('Runtimes')}/*)`)).toBe('1');
    const runtime = `${host}/${el('Runtimes')}/${el('Runtime')}`;
    expect(xpath(`string(${runtime}/@resid)`)).toBe('Taskpane.Url');
    expect(xpath(`string(${runtime}/@lifetime)`)).toBe('long');
    // The same resid everywhere, or the shared runtime does not load.
    const point = `${host}/${el('AllFormFactors')}/${el('ExtensionPoint')}`;
    expect(xpath(`string(${point}/@*[local-name()="type"])`)).toBe('CustomFunctions');
    expect(xpath(`string(${point}/${el('Page')}/${el('SourceLocation')}/@resid)`)).toBe(
      'Taskpane.Url',
    );
    expect(xpath(`string(//${el('FunctionFile')}/@resid)`)).toBe('Taskpane.Url');
    const url = (resid: string) => xpath(`string(//${el('Url')}[@id="${resid}"]/@DefaultValue)`);
    expect(url(xpath(`string(${point}/${el('Script')}/${el('SourceLocation')}/@resid)`))).toBe(
      `${DEV_URL}functions.js`,
    );
    expect(url(xpath(`string(${point}/${el('Metadata')}/${el('SourceLocation')}/@resid)`))).toBe(
      `${DEV_URL}functions.json`,
    );
    const namespace = xpath(`string(${point}/${el('Namespace')}/@resid)`);
    expect(
      xpath(`string(//${el('ShortStrings')}/${el('String')}[@id="${namespace}"]/@DefaultValue)`),
    ).toBe('QUOTEPART');
  });

  it('checks the one element the schemas do not know: a misspelt Runtimes is refused', () => {
    expect(withoutRuntimes(manifest)).not.toContain('<Runtime');
    expect(
      validate(manifest.replace('<Runtimes>', '<Runtimez>').replace('</Runtimes>', '</Runtimez>'))
        .ok,
    ).toBe(false);
  });

  it('puts a button opening the task pane on the Home tab', () => {
    const button = `//${el('OfficeTab')}[@id="TabHome"]//${el('Control')}`;
    expect(xpath(`count(${button})`)).toBe('1');
    expect(xpath(`string(${button}/@*[local-name()="type"])`)).toBe('Button');
    expect(xpath(`string(${button}/${el('Action')}/@*[local-name()="type"])`)).toBe('ShowTaskpane');
    const urlId = xpath(`string(${button}/${el('Action')}/${el('SourceLocation')}/@resid)`);
    expect(xpath(`string(//${el('Url')}[@id="${urlId}"]/@DefaultValue)`)).toBe(
      `${DEV_URL}taskpane.html`,
    );
    expect(xpath(`string(//${el('SourceLocation')}/@DefaultValue)`)).toBe(
      `${DEV_URL}taskpane.html`,
    );
  });

  it('uses only development URLs, which the production build rewrites', () => {
    const urls = [...manifest.matchAll(/DefaultValue="(https?:[^"]*)"/g)].map((m) => m[1] ?? '');
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith(DEV_URL)).toBe(true);
  });

  it('points at icons that exist in assets/ at their declared sizes', () => {
    const declared: [string, number][] = [
      [xpath(`string(//${el('IconUrl')}/@DefaultValue)`), 32],
      [xpath(`string(//${el('HighResolutionIconUrl')}/@DefaultValue)`), 64],
      ...[16, 32, 80].map((size): [string, number] => [
        xpath(`string(//${el('Images')}/${el('Image')}[@id="Icon.${size}x${size}"]/@DefaultValue)`),
        size,
      ]),
    ];
    for (const [url, size] of declared) {
      expect(url.startsWith(`${DEV_URL}assets/`)).toBe(true);
      expect(pngSize(path.join(root, url.slice(DEV_URL.length)))).toEqual({
        width: size,
        height: size,
      });
    }
    expect(pngSize(path.join(root, 'assets', 'icon-128.png'))).toEqual({ width: 128, height: 128 });
  });
});
