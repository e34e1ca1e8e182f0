/**
 * Writes two zip bombs made from a workbook, to measure what the reader does with them
 * (`node lib/bench/hostile/makeZipBombs.js assets/sample.xlsx /tmp/bombs 2100`): the
 * first sheet part replaced by N MiB of spaces in about 1 kB per MiB, declared honestly
 * (`bombe-declaree.xlsx`) or declared as the original part's size (`bombe-menteuse.xlsx`).
 * Then e.g. `/usr/bin/time -v node bin/quote-part.js compute /tmp/bombs/bombe-declaree.xlsx`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { entriesOf, rawZip, spacesBomb } from './rawZip';

function main(): void {
  const [source, folder, megabytesText] = process.argv.slice(2);
  if (source === undefined || folder === undefined) {
    console.error('usage : makeZipBombs.js CLASSEUR.xlsx DOSSIER [Mio, 2100 par défaut]');
    process.exitCode = 2;
    return;
  }
  const megabytes = Number(megabytesText ?? 2100);
  const entries = entriesOf(new Uint8Array(readFileSync(source)));
  const sheet = entries.find((e) => /^xl\/worksheets\/[^/]+\.xml$/.test(e.name));
  if (sheet === undefined) throw new Error(`${source} : aucune feuille`);
  const deflated = spacesBomb(megabytes);
  mkdirSync(folder, { recursive: true });
  const write = (file: string, declaredSize: number): void => {
    const bytes = rawZip(
      entries.map((e) => (e === sheet ? { name: e.name, deflated, declaredSize } : e)),
    );
    writeFileSync(join(folder, file), bytes);
    console.log(`${join(folder, file)} : ${bytes.length} octets, ${sheet.name} → ${megabytes} Mio`);
  };
  write('bombe-declaree.xlsx', Math.min(megabytes * 1024 * 1024, 0xfffffffe));
  write('bombe-menteuse.xlsx', sheet.data?.length ?? 0);
}

main();
