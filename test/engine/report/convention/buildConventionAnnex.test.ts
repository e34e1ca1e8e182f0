/**
 * The printable convention annex model of the sample: a total row per split equal to the
 * titres of the service to the cent, the same calculation texts as the annex sheets,
 * one party per member taking part, the chart's bars on the axis, one service on demand
 * with the closest names for a mistyped one, and the line count used for the limit.
 */
import {
  buildConventionAnnex,
  conventionAnnexLines,
  OutcomeUseError,
  type PrintBlock,
} from '../../../../src/engine';
import { runSample } from '../../annex/support/runSample';

const outcome = runSample();
const details = outcome.details!;
const model = buildConventionAnnex(outcome);

type Table = Extract<PrintBlock, { kind: 'table' }>;

/** Cents of a French amount (`1 234,50 €`). */
function cents(text: string): bigint {
  const clean = text
    .replace(/[\s\u00a0\u202f€]/g, '')
    .replace(',', '.')
    .replace('−', '-');
  const [int = '0', frac = ''] = clean.split('.');
  const value = BigInt(int.replace('-', '')) * 100n + BigInt(frac.padEnd(2, '0'));
  return clean.startsWith('-') ? -value : value;
}

function splitTables(blocks: readonly PrintBlock[]): Table[] {
  return blocks.filter((b): b is Table => b.kind === 'table' && b.rows.some((r) => r.total));
}

describe('convention annex model', () => {
  test('header, footer and title name the organisme, the convention and the exercice', () => {
    expect(model.header).toBe(
      "Communauté d'agglomération du Val d'Aurèle · n° 2024-017 du 12 décembre 2024 · Exercice 2026",
    );
    expect(model.title).toBe('Annexe financière à la convention — exercice 2026');
    expect(model.footer).toContain('sample.xlsx');
    expect(model.lines).toBe(details.services.reduce((n, s) => n + s.lines.length, 0));
  });

  test('each split has a total row; its « Montant facturé » equals the Σ of the service’s titres to the cent', () => {
    const splits = splitTables(model.blocks);
    expect(splits).toHaveLength(details.services.length);
    splits.forEach((table, k) => {
      const service = details.services[k]!;
      const billed = table.columns.findIndex((c) => c.header === 'Montant facturé');
      const total = table.rows.find((r) => r.total)!;
      const lines = table.rows.filter((r) => !r.total);
      expect(lines).toHaveLength(service.lines.length);
      const sumOfLines = lines.reduce((n, r) => n + cents(r.cells[billed]!), 0n);
      expect(cents(total.cells[billed]!)).toBe(sumOfLines);
      const titres = outcome.json.titres
        .filter((t) => t.service === service.name)
        .reduce((n, t) => n + cents(t.amount.replace('.', ',')), 0n);
      expect(cents(total.cells[billed]!)).toBe(titres);
    });
  });

  test('the titres sentence follows each split and states the equality', () => {
    const k = model.blocks.findIndex((b) => b.kind === 'table' && b.rows.some((r) => r.total));
    const next = model.blocks[k + 1];
    expect(next?.kind).toBe('paragraph');
    const billed = details.services.find((s) => s.billedTotal !== '0.00');
    expect(billed).toBeDefined();
    const sentences = model.blocks.filter(
      (b) => b.kind === 'paragraph' && b.text.startsWith('Titres de recettes émis'),
    );
    for (const s of sentences)
      expect(s.kind === 'paragraph' && s.text).toContain('égal au total de la colonne');
  });

  test('the calculation under each line is the annex’s `Calcul` text', () => {
    const calculations = splitTables(model.blocks).flatMap((t) =>
      t.rows.flatMap((r) => r.details.filter((d) => d.label === 'Calcul').map((d) => d.text)),
    );
    const sheets = outcome.plan!.sheets.filter((s) => s.name.startsWith('QP Annexe '));
    const sheetText = JSON.stringify(sheets);
    expect(calculations.length).toBe(model.lines);
    for (const text of calculations) expect(sheetText).toContain(JSON.stringify(text).slice(1, -1));
  });

  test('comparison bars lie on the axis, zero included', () => {
    const bars = model.blocks.find((b) => b.kind === 'bars' && b.series.length > 1);
    expect(bars?.kind === 'bars' && bars.series).toEqual(details.scenarios);
    if (bars?.kind !== 'bars') throw new Error('no comparison chart');
    expect(bars.zero).toBeGreaterThanOrEqual(0);
    for (const g of bars.groups)
      for (const bar of g.bars) {
        expect(bar!.end).toBeGreaterThanOrEqual(0);
        expect(bar!.end).toBeLessThanOrEqual(1);
      }
    expect(Math.max(...bars.groups.flatMap((g) => g.bars.map((b) => b!.end)))).toBe(1);
  });

  test('« Vu et approuvé »: the organisme, then each participating member once, place and date to fill in', () => {
    const block = model.blocks.find((b) => b.kind === 'approval');
    if (block?.kind !== 'approval') throw new Error('no approval');
    const { approval } = block;
    expect(approval.parties[0]).toEqual({
      name: "Communauté d'agglomération du Val d'Aurèle",
      role: 'Pour l’organisme',
    });
    const names = approval.parties.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toHaveLength(details.members.length);
    expect(approval.place).toMatch(/^Fait à …+$/);
    expect(approval.date).toMatch(/^le …+$/);
  });

  test('one service: only its annex and its participants; a mistyped name lists the closest services', () => {
    const one = buildConventionAnnex(outcome, { service: 'MESSAGERIE' });
    const service = details.services.find((s) => s.name === 'Messagerie')!;
    expect(splitTables(one.blocks)).toHaveLength(1);
    expect(one.lines).toBe(service.lines.length);
    expect(conventionAnnexLines(outcome, { service: 'Messagerie' })).toBe(service.lines.length);
    expect(conventionAnnexLines(outcome)).toBe(model.lines);
    expect(() => buildConventionAnnex(outcome, { service: 'Messagrie' })).toThrow(OutcomeUseError);
    expect(() => buildConventionAnnex(outcome, { service: 'Messagrie' })).toThrow(
      /« Messagrie » n’est pas un service de la table Services \(vouliez-vous dire « Messagerie »/,
    );
  });
});
