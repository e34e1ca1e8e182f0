/**
 * Offline validation of a manifest with xmllint and the vendored Office schemas
 * (test/manifest/xsd/). Those schemas predate the shared runtime's `<Runtimes>` element,
 * so the manifest is validated without that one element; test/manifest/manifest.test.ts
 * checks the element itself (place, resid, lifetime).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const SCHEMA = path.join(__dirname, 'xsd', 'OfficeAppManifestV1_1.xsd');

/** The manifest without its `<Runtimes>` element (unknown to the vendored schemas). */
export function withoutRuntimes(xml: string): string {
  return xml.replace(/\n[ ]*<Runtimes>[\s\S]*?<\/Runtimes>/, '');
}

/** Throws a French message when xmllint is missing: the validation is never skipped. */
export function requireXmllint(): void {
  const probe = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  if (probe.error)
    throw new Error(
      "xmllint est introuvable : installez-le (apt-get install -y libxml2-utils). La validation du manifeste n'est jamais sautée.",
    );
}

/** Validates a manifest's text against the schemas (`<Runtimes>` aside); xmllint's verdict. */
export function validateManifest(xml: string): { ok: boolean; output: string } {
  requireXmllint();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-'));
  const file = path.join(dir, 'manifest.xml');
  fs.writeFileSync(file, withoutRuntimes(xml));
  const run = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, file], { encoding: 'utf8' });
  fs.rmSync(dir, { recursive: true, force: true });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}
