/**
 * Test helpers of the validity harness: runs `quote-part compute` in-process on input
 * bytes and returns the result workbook, and rewrites parts of a package (to derive an
 * input in another producer's style, or to break an output on purpose).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { run } from '../../../cli/support/runCli';

/** What one compute run gave: exit code, result workbook (null when none) and JSON. */
export interface ComputeResult {
  readonly code: number;
  readonly output: Uint8Array | null;
  readonly json: unknown;
  readonly err: string;
}

/** Runs `quote-part compute input -o out.xlsx --json out.json` in-process. */
export async function computeOutput(input: Uint8Array): Promise<ComputeResult> {
  const folder = await mkdtemp(join(tmpdir(), 'qp-validity-run-'));
  try {
    const inputPath = join(folder, 'entree.xlsx');
    const outputPath = join(folder, 'sortie.xlsx');
    const jsonPath = join(folder, 'sortie.json');
    await writeFile(inputPath, input);
    const result = await run(['compute', inputPath, '-o', outputPath, '--json', jsonPath]);
    const output = await readFile(outputPath).then(
      (bytes) => new Uint8Array(bytes),
      () => null,
    );
    const json = await readFile(jsonPath, 'utf8').then(
      (text) => JSON.parse(text) as unknown,
      () => null,
    );
    return { code: result.code, output, json, err: result.err };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** A package with some parts rewritten: `edit(name, xml)` returns the new text, or null to drop the part. */
export function rewriteParts(
  bytes: Uint8Array,
  edit: (name: string, xml: string) => string | null,
  added: Readonly<Record<string, string>> = {},
): Uint8Array {
  const entries = unzipSync(bytes);
  const out: Zippable = {};
  for (const [name, data] of Object.entries(entries)) {
    if (!/\.(xml|rels)$/i.test(name)) {
      out[name] = data;
      continue;
    }
    const next = edit(name, strFromU8(data));
    if (next !== null) out[name] = strToU8(next);
  }
  for (const [name, xml] of Object.entries(added)) out[name] = strToU8(xml);
  return zipSync(out);
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/**
 * The package as the Open XML SDK writes SpreadsheetML: the main namespace bound to `x:`
 * on every part instead of being the default namespace.
 */
export function withPrefixedMainNamespace(bytes: Uint8Array): Uint8Array {
  return rewriteParts(bytes, (_name, xml) => {
    if (!xml.includes(`xmlns="${MAIN_NS}"`)) return xml;
    return xml
      .replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, (whole, slash: string, name: string) =>
        whole.startsWith('<?') ? whole : `<${slash}x:${name}`,
      )
      .replace(`xmlns="${MAIN_NS}"`, `xmlns:x="${MAIN_NS}"`);
  });
}
