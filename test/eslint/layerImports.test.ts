/**
 * Probe files for the layer rule of `eslint.config.mjs`: each breaks one rule at some depth
 * and must fail lint; the allowed imports beside them must pass. Linted with the project's
 * own configuration, as `npm run lint` does, at the path the probe pretends to have.
 */
import * as path from 'path';
import { spawnSync } from 'child_process';

const ROOT = path.join(__dirname, '../..');

/** The layer-rule messages of each probe `[file, code]`, linted in one ESLint process. */
function layerErrors(probes: readonly [string, string][]): string[][] {
  const run = spawnSync(process.execPath, [path.join(__dirname, 'lintProbes.mjs')], {
    cwd: ROOT,
    input: JSON.stringify(probes),
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as string[][];
}

const BROKEN: [string, string][] = [
  ['src/engine/billing/probe.ts', "import { main } from '../../cli/main';\nmain;\n"],
  ['src/engine/billing/probe.ts', "export * from '../../taskpane/TaskpaneApp';\n"],
  [
    'src/engine/annex/service/probe.ts',
    "import type { X } from '../../../workbook/xlsx/x';\nexport type Y = X;\n",
  ],
  ['src/engine/probe.ts', "export { a } from '../cli/a';\n"],
  ['src/engine/billing/probe.ts', "import { inflateRawSync } from 'zlib';\ninflateRawSync;\n"],
  ['src/engine/billing/probe.ts', "import * as fs from 'node:fs';\nfs;\n"],
  ['src/engine/billing/probe.ts', "import * as React from 'react';\nReact;\n"],
  ['src/engine/billing/probe.ts', "export const load = () => import('../../preview/x');\n"],
  ['src/engine/billing/probe.ts', "export const fs = require('fs');\n"],
  ['src/workbook/xlsx/read/probe.ts', "import { run } from '../../../cli/run';\nrun;\n"],
  ['src/workbook/office/probe.ts', "export * from '../../taskpane/services/paneServices';\n"],
  ['src/workbook/probe.ts', "export { grid } from '../preview/grid';\n"],
];

const ALLOWED: [string, string][] = [
  ['src/engine/billing/probe.ts', "export { q } from '../numbers/rational';\n"],
  ['src/engine/probe.ts', "export * from './plan/writePlan';\n"],
  ['src/workbook/xlsx/probe.ts', "export { runQuotePart } from '../../engine';\n"],
  ['src/workbook/xlsx/probe.ts', "import * as zlib from 'node:zlib';\nexport const z = zlib;\n"],
  ['src/cli/probe.ts', "export * from '../workbook/xlsx/readXlsxWorkbook';\n"],
];

describe('the layer rule (quotepart/layer-imports)', () => {
  const results = layerErrors([...BROKEN, ...ALLOWED]);

  it.each(BROKEN.map((probe, i) => [...probe, i] as const))(
    'fails %s importing %j',
    (_file, _code, i) => {
      expect(results[i]).toHaveLength(1);
    },
  );

  it.each(ALLOWED.map((probe, i) => [...probe, BROKEN.length + i] as const))(
    'passes %s importing %j',
    (_file, _code, i) => {
      expect(results[i]).toEqual([]);
    },
  );

  it('makes the eslint command of npm run lint exit non-zero on a probe', () => {
    const run = spawnSync(
      process.execPath,
      [
        path.join(ROOT, 'node_modules/eslint/bin/eslint.js'),
        '--stdin',
        '--stdin-filename',
        'src/engine/billing/probe.ts',
      ],
      { cwd: ROOT, input: "import '../../cli/main';\n", encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('quotepart/layer-imports');
  });
});
