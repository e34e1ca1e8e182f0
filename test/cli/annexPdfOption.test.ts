/**
 * `quote-part compute … --annexe-pdf ANNEXE.pdf [--annexe-pdf-service SERVICE]` end to
 * end through `main` on the sample: the PDF is written and announced with its pages; one
 * service makes a shorter annex; an unknown service, a missing folder or the service
 * option alone are refused in French with exit 2 and nothing written.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { parseCliArgs } from '../../src/cli/cliArgs';
import { filesIn, run, SAMPLE } from './support/runCli';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'qp-annexe-pdf-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('--annexe-pdf', () => {
  test('writes the whole annex, then one service’s, each announced with its page count', async () => {
    const whole = join(folder, 'annexe.pdf');
    const done = await run([
      'compute',
      SAMPLE,
      '-o',
      join(folder, 'out.xlsx'),
      '--annexe-pdf',
      whole,
    ]);
    expect(done.err).toBe('');
    expect(done.code).toBe(0);
    const doc = await PDFDocument.load(new Uint8Array(await readFile(whole)));
    const pages = doc.getPageCount();
    expect(done.out).toContain(`Annexe PDF écrite : ${whole} (${pages} pages)`);

    const one = join(folder, 'messagerie.pdf');
    const service = await run([
      'compute',
      SAMPLE,
      '-o',
      join(folder, 'out.xlsx'),
      '--annexe-pdf',
      one,
      '--annexe-pdf-service',
      'messagerie',
    ]);
    expect(service.code).toBe(0);
    const short = await PDFDocument.load(new Uint8Array(await readFile(one)));
    expect(short.getPageCount()).toBeLessThan(pages);
    expect(short.getTitle()).toBe('Annexe financière à la convention — Messagerie — exercice 2026');
  }, 120_000);

  test('an unknown service is refused with the closest names, and nothing is written', async () => {
    const done = await run([
      'compute',
      SAMPLE,
      '-o',
      join(folder, 'out.xlsx'),
      '--annexe-pdf',
      join(folder, 'annexe.pdf'),
      '--annexe-pdf-service',
      'Messagrie',
    ]);
    expect(done.code).toBe(2);
    expect(done.err).toContain(
      'ERREUR : --annexe-pdf-service : « Messagrie » n’est pas un service de la table Services (vouliez-vous dire « Messagerie »',
    );
    expect(done.err).toContain("?). Rien n'a été écrit.");
    expect(await filesIn(folder)).toEqual([]);
  });

  test('a path that cannot be written is refused in French before the workbook is read', async () => {
    const file = join(folder, 'un-fichier');
    await writeFile(file, 'x');
    const done = await run([
      'compute',
      SAMPLE,
      '-o',
      join(folder, 'out.xlsx'),
      '--annexe-pdf',
      join(file, 'annexe.pdf'),
    ]);
    expect(done.code).toBe(2);
    expect(done.err).toBe(`ERREUR : le dossier de sortie n'existe pas : ${file}\n`);
    expect(await filesIn(folder)).toEqual(['un-fichier']);
    const same = await run([
      'compute',
      SAMPLE,
      '-o',
      join(folder, 'out.xlsx'),
      '--annexe-pdf',
      SAMPLE,
    ]);
    expect(same.code).toBe(2);
    expect(same.err).toContain("l'annexe PDF doit être distinct du classeur d'entrée");
  });

  test('options: --annexe-pdf-service needs --annexe-pdf and a name', () => {
    expect(parseCliArgs(['compute', 'a.xlsx', '--annexe-pdf-service', 'X'])).toEqual({
      kind: 'usage-error',
      message: "--annexe-pdf-service s'utilise avec --annexe-pdf ANNEXE.pdf",
      topic: 'compute',
    });
    expect(
      parseCliArgs(['compute', 'a.xlsx', '--annexe-pdf', 'a.pdf', '--annexe-pdf-service', ' ']),
    ).toMatchObject({ kind: 'usage-error' });
    expect(parseCliArgs(['compute', 'a.xlsx', '--annexe-pdf', 'a.pdf'])).toMatchObject({
      kind: 'compute',
      options: { annexPdf: { path: 'a.pdf', service: null } },
    });
  });
});
