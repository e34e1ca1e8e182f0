/**
 * The PDF convention annex read by poppler's pdftotext (`npm run test:interop`; needs
 * poppler-utils, which CI does not install): the done-when — the sample's PDF
 * annex opens in pdftotext with every member and every amount. Checked: each member
 * name, each participant's quote-part and billed amount, each titre's amount and
 * « Page N / M » on every page (pdftotext writes the no-break
 * spaces U+00A0 / U+202F as plain spaces).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ResultJson } from '../../src/engine';
import { run, SAMPLE } from '../cli/support/runCli';

const work = mkdtempSync(join(tmpdir(), 'qp-interop-pdf-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** `1234.5` → `1 234,50 €` with U+202F groups, as the annex prints a money amount. */
function euro(decimal: string): string {
  const negative = decimal.startsWith('-');
  const [int = '', frac = ''] = decimal.replace('-', '').split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  return `${negative ? '-' : ''}${grouped},${frac.padEnd(2, '0')}\u00a0€`;
}

/** Text with every kind of space removed, so that a wrapped name still matches. */
function squeeze(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, '');
}

test('pdftotext finds every member, every amount and every page number of the sample’s annex', async () => {
  const pdf = join(work, 'annexe.pdf');
  const json = join(work, 'resultat.json');
  const done = await run([
    'compute',
    SAMPLE,
    '-o',
    join(work, 'out.xlsx'),
    '--json',
    json,
    '--annexe-pdf',
    pdf,
  ]);
  expect(done.code).toBe(0);
  const text = spawnSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  expect(text.status).toBe(0);
  const content = text.stdout;
  const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
  for (let n = 1; n <= pages; n++) expect(content).toContain(`Page ${n} / ${pages}`);

  const result = JSON.parse(await readFile(json, 'utf8')) as ResultJson;
  const flat = squeeze(content);
  const members = new Set(result.quoteParts.map((q) => q.member));
  for (const member of members) expect(flat).toContain(squeeze(member));
  const amounts = new Set<string>();
  for (const q of result.quoteParts.filter((q) => q.scenario === 'Référence')) {
    amounts.add(q.quotePart);
    amounts.add(q.billed);
  }
  for (const t of result.titres) amounts.add(t.amount);
  // pdftotext writes the no-break spaces as plain spaces.
  const spaced = content.replace(/[\u00a0\u202f]/g, ' ');
  for (const amount of amounts)
    expect(spaced).toContain(euro(amount).replace(/[\u00a0\u202f]/g, ' '));
  expect(content).toContain('Vu et approuvé');
}, 300_000);
