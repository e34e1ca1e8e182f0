/**
 * Writes the bad-input corpus: every workbook of BAD_CASES into test/fixtures/bad/, and
 * manifest.json (file, description, expected outcome). Deterministic: running it again
 * without a change to the sample or the cases rewrites the same bytes.
 * Usage: `node lib/bench/bad-corpus/makeBadCorpus.js [OUTPUT_DIR]`
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BAD_CASES, type Expected } from './badCases';
import { REPO_ROOT } from '../support/benchWorkbooks';

/** Default folder of the corpus. */
export const BAD_CORPUS_DIR = resolve(REPO_ROOT, 'test', 'fixtures', 'bad');

/** One manifest entry. */
export interface ManifestEntry {
  readonly file: string;
  readonly description: string;
  readonly expected: Expected;
  readonly finding?: string;
}

/** Writes the corpus into `dir`; returns the manifest. */
export async function makeBadCorpus(dir: string = BAD_CORPUS_DIR): Promise<ManifestEntry[]> {
  mkdirSync(dir, { recursive: true });
  const manifest: ManifestEntry[] = [];
  for (const c of BAD_CASES) {
    writeFileSync(resolve(dir, c.file), await c.build());
    manifest.push({
      file: c.file,
      description: c.description,
      expected: c.expected,
      ...(c.finding ? { finding: c.finding } : {}),
    });
  }
  writeFileSync(resolve(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

if (require.main === module) {
  const dir = process.argv[2] ? resolve(process.argv[2]) : BAD_CORPUS_DIR;
  makeBadCorpus(dir).then(
    (manifest) => console.log(`Corpus écrit : ${manifest.length} classeurs dans ${dir}`),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
