import { runQuotePart } from '../../../src/engine';
import { OPTIONS } from '../support/workbookBuilder';
import { smallWorkbook } from '../support/smallWorkbook';

const run = (overrides: Parameters<typeof smallWorkbook>[0] = {}) =>
  runQuotePart(smallWorkbook(overrides), OPTIONS);
const qp = (out: ReturnType<typeof run>, service: string, scenario = 'Référence') =>
  Object.fromEntries(
    out.json.quoteParts
      .filter((r) => r.service === service && r.scenario === scenario)
      .map((r) => [r.member, r]),
  );

describe('runQuotePart on a hand-computed workbook', () => {
  const out = run();

  it('accepts the workbook', () => {
    expect(out.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(out.status).toBe('ok');
  });

  it('service commun: population × presence, largest remainder (§3.4)', () => {
    // weights 600×365, 300×365, 100×184 (C from 1 July), EPCI 0: W = 346 900
    // A 1000×219000/W = 631.3058… B 315.6529… C 53.0412… → floors 631.30/315.65/53.04, one cent left → A
    const r = qp(out, 'Info');
    expect([r.EPCI?.quotePart, r.A?.quotePart, r.B?.quotePart, r.C?.quotePart]).toEqual([
      '0.00',
      '631.31',
      '315.65',
      '53.04',
    ]);
    expect(r.A?.share).toBe('0.6313058518');
    expect(r.EPCI?.settlement).toBe('own-use');
    expect(r.A?.billed).toBe('631.31');
    expect(r.A?.unitCost).toBeNull();
  });

  it('mise à disposition: unit cost rounded to 0.0001, each quote-part rounded (§3.3)', () => {
    // C = 1200 − 200 (500 not eligible) = 1000; U = 10 + 20.5 + 5 = 35.5; c = 28.1690
    const r = qp(out, 'Support');
    expect(r.A?.unitCost).toBe('28.169');
    expect([r.A?.quotePart, r.B?.quotePart, r.EPCI?.quotePart]).toEqual([
      '281.69',
      '577.46',
      '140.85',
    ]);
    expect(r.EPCI?.billed).toBe('0.00');
    expect(r.B?.share).toBe('0.5774647887');
  });

  it('groupement: equal shares, tie to the first member, direct order, 1.5 % fee (§3.5)', () => {
    // 300.01 over 3 equal shares: 100.00 each + 1 cent to EPCI (listed first); A + 50 own order
    const r = qp(out, 'Achats');
    expect([r.EPCI?.quotePart, r.A?.quotePart, r.B?.quotePart]).toEqual([
      '100.01',
      '150.00',
      '100.00',
    ]);
    expect([r.EPCI?.fee, r.A?.fee, r.B?.fee]).toEqual(['0.00', '2.25', '1.50']);
    expect([r.A?.billed, r.B?.billed]).toEqual(['152.25', '101.50']);
  });

  it('checks: differences only where the contract allows them (§4.6)', () => {
    const checks = Object.fromEntries(out.json.checks.map((c) => [c.service, c]));
    expect(checks.Info).toMatchObject({ base: '1000.00', total: '1000.00', difference: '0.00' });
    expect(checks.Support).toMatchObject({ base: '1000.00', total: '1000.00', difference: '0.00' });
    expect(checks.Achats).toMatchObject({ base: '350.01', total: '350.01', difference: '0.00' });
  });

  it('titres: quarterly installments, presence periods, numbering by period then member (§4.2)', () => {
    const lines = out.json.titres.map(
      (t) => `${t.number}/${t.line} ${t.period} ${t.debtor} ${t.service} ${t.amount}`,
    );
    expect(lines).toEqual([
      '1/1 2026-T1 A Info 157.83',
      '2/1 2026-T1 B Info 78.92',
      '3/1 2026 A Support 281.69',
      '3/2 2026 A Achats 150.00',
      '3/3 2026 A Achats 2.25',
      '4/1 2026 B Support 577.46',
      '4/2 2026 B Achats 100.00',
      '4/3 2026 B Achats 1.50',
      '5/1 2026-T2 A Info 157.83',
      '6/1 2026-T2 B Info 78.91',
      '7/1 2026-T3 A Info 157.83',
      '8/1 2026-T3 B Info 78.91',
      '9/1 2026-T3 C Info 26.52',
      '10/1 2026-T4 A Info 157.82',
      '11/1 2026-T4 B Info 78.91',
      '12/1 2026-T4 C Info 26.52',
    ]);
    expect(out.json.titres[0]?.account).toBe('70875');
    expect(out.json.titres[2]?.account).toBe('7087');
  });

  it('writes the base de liquidation of every line in French', () => {
    const first = out.json.titres[0]?.liquidation ?? '';
    expect(first).toContain('Service commun « Info » (CGCT L5211-4-2)');
    expect(first).toContain('Population 600');
    expect(first).toContain(
      'échéance 1/4 (2026-T1) : 631,31\u202f€ ÷ 4 = 157,8275\u202f€, soit 157,82\u202f€ + 0,01\u202f€',
    );
    expect(first).toContain('convention CONV-1');
    const c = out.json.titres.find((t) => t.debtor === 'C')?.liquidation ?? '';
    // Presence makes the total periodic: the term is written exactly, in population-days.
    expect(c).toContain('Population 100 × 184\u202fj / 346\u202f900');
  });

  it('carries a titre below the floor into the debtor next titre (§4.2, D1611-1)', () => {
    const floored = run({ params: { 'Seuil minimal de titre': 30 } });
    const c = floored.json.titres.filter((t) => t.debtor === 'C');
    expect(c.map((t) => `${t.period} ${t.amount}`)).toEqual(['2026-T4 53.04']);
    expect(c[0]?.liquidation).toContain('reportée');
    const numbers = [...new Set(floored.json.titres.map((t) => t.number))];
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });

  it('reports what is still below the floor after the last titre', () => {
    const floored = run({ params: { 'Seuil minimal de titre': 60 } });
    expect(floored.json.titres.some((t) => t.debtor === 'C')).toBe(false);
    expect(
      floored.problems.some((p) => p.code === 'TITRE_SOUS_SEUIL' && p.message.includes('« C »')),
    ).toBe(true);
  });

  it('numbers titres from Premier numéro de titre', () => {
    expect(run({ params: { 'Premier numéro de titre': 241 } }).json.titres[0]?.number).toBe(241);
  });
});
