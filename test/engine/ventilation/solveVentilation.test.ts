import fc from 'fast-check';
import {
  solveVentilation,
  type VentilationInput,
} from '../../../src/engine/ventilation/solveVentilation';
import { solveIntegerSystem } from '../../../src/engine/ventilation/solveLinearSystem';
import {
  type Q,
  ZERO,
  add,
  eq,
  mul,
  q,
  sub,
  sum,
  cmp,
  abs,
} from '../../../src/engine/numbers/rational';
import { roundToUnit } from '../../../src/engine/numbers/round';
import type { Ventilation, VentilationMethod } from '../../../src/engine/domain/inputModel';

const CENT = q(1n, 100n);

function solved(input: VentilationInput): Ventilation {
  const out = solveVentilation(input);
  if (!out.ok) throw new Error(JSON.stringify(out.failures));
  return out.ventilation;
}

const link = (support: number, receiver: number, weight: Q) => ({ support, receiver, weight });
const totalOf = (v: Ventilation, s: number): Q =>
  v.supports.find((x) => x.service === s)?.total ?? ZERO;

describe('solveIntegerSystem (Bareiss, exact)', () => {
  it('solves a 2 × 2 system to exact fractions', () => {
    // 2x + y = 3, x + 3y = 5 → x = 4/5, y = 7/5
    const x = solveIntegerSystem(
      [
        [2n, 1n],
        [1n, 3n],
      ],
      [3n, 5n],
    );
    expect(x).toEqual({ numerators: [4n, 7n], denominator: 5n });
  });

  it('pivots over a zero and reports a singular matrix', () => {
    expect(
      solveIntegerSystem(
        [
          [0n, 1n],
          [1n, 0n],
        ],
        [2n, 3n],
      ),
    ).toEqual({ numerators: [3n, 2n], denominator: 1n });
    expect(
      solveIntegerSystem(
        [
          [1n, 2n],
          [2n, 4n],
        ],
        [1n, 2n],
      ),
    ).toBeNull();
  });
});

describe('solveVentilation: the worked example of docs/regles-de-calcul.md', () => {
  // Services: 0 Direction de la DSI (support, 1 000 €), 1 Centre de données (support,
  // 2 000 €), 2 Info, 3 Achats, 4 Hébergement. Direction → Centre 20, Info 50, Achats 30;
  // Centre → Direction 10, Info 60, Hébergement 30.
  const input = (method: VentilationMethod): VentilationInput => ({
    supports: [0, 1],
    receivers: [2, 3, 4],
    direct: new Map([
      [0, q(1000n)],
      [1, q(2000n)],
    ]),
    links: [
      link(0, 1, q(20n)),
      link(0, 2, q(50n)),
      link(0, 3, q(30n)),
      link(1, 0, q(10n)),
      link(1, 2, q(60n)),
      link(1, 4, q(30n)),
    ],
    method,
    rounding: CENT,
  });

  it('Réciproque: T_D = 1 000 + 0,1 T_C, T_C = 2 000 + 0,2 T_D, solved exactly', () => {
    const v = solved(input('reciproque'));
    // T_D = 1200 / 0.98 = 60000/49, T_C = 2000 + 0.2 × 60000/49 = 110000/49
    expect(totalOf(v, 0)).toEqual(q(60000n, 49n));
    expect(totalOf(v, 1)).toEqual(q(110000n, 49n));
    // R_Info = 0.5 × 60000/49 + 0.6 × 110000/49 = 96000/49 = 1959.1836…
    // R_Achats = 18000/49 = 367.3469…, R_Héb = 33000/49 = 673.4693…; floors 1959.18 + 367.34 + 673.46 = 2999.98,
    // two cents to the largest remainders: Héb (.93…) then Achats (.69…)
    expect([2, 3, 4].map((j) => v.received.get(j))).toEqual([
      q(195918n, 100n),
      q(36735n, 100n),
      q(67347n, 100n),
    ]);
  });

  it('En cascade: the Centre de données (listed after) does not pass anything back', () => {
    const v = solved(input('cascade'));
    // T_D = 1000 → Centre 200; T_C = 2200, Direction ignored → Info 60/90, Héb 30/90
    expect(totalOf(v, 1)).toEqual(q(2200n));
    expect(v.links.filter((l) => l.support === 1).map((l) => l.receiver)).toEqual([2, 4]);
    expect(eq(sum(v.received.values()), q(3000n))).toBe(true);
  });

  it('Directe: rows towards supports ignored, shares over the other services only', () => {
    const v = solved(input('directe'));
    // Direction: Info 50/80 = 625, Achats 375; Centre: Info 60/90 = 1333.33…, Héb 666.66…
    expect(totalOf(v, 0)).toEqual(q(1000n));
    expect([2, 3, 4].map((j) => v.received.get(j))).toEqual([
      q(195833n, 100n),
      q(375n),
      q(66667n, 100n),
    ]);
  });
});

describe('solveVentilation: failures', () => {
  const base = {
    receivers: [3],
    rounding: CENT,
    method: 'reciproque' as const,
  };
  it('a support with no link of non-zero weight would lose its cost', () => {
    const out = solveVentilation({
      ...base,
      supports: [0, 1],
      direct: new Map([
        [0, q(5n)],
        [1, q(0n)],
      ]),
      links: [link(0, 3, q(1n)), link(1, 3, q(0n))],
    });
    expect(out).toEqual({ ok: false, failures: [{ kind: 'lost', support: 1 }] });
  });

  it('a group of supports that reaches no other service makes the system singular', () => {
    // 0 ↔ 1 serve each other only; 2 serves 0 (so it is stuck too); 4 serves service 3.
    const out = solveVentilation({
      ...base,
      supports: [0, 1, 2, 4],
      direct: new Map([
        [0, q(1n)],
        [1, q(1n)],
        [2, q(1n)],
        [4, q(1n)],
      ]),
      links: [link(0, 1, q(1n)), link(1, 0, q(1n)), link(2, 0, q(1n)), link(4, 3, q(1n))],
    });
    expect(out).toEqual({ ok: false, failures: [{ kind: 'singular', supports: [0, 1, 2] }] });
  });

  it('Directe and En cascade leave a support without receiver when it serves only supports (earlier ones for cascade)', () => {
    const input = {
      ...base,
      supports: [0, 1],
      direct: new Map([
        [0, q(1n)],
        [1, q(1n)],
      ]),
      links: [link(0, 3, q(1n)), link(1, 0, q(1n))],
    };
    expect(solveVentilation({ ...input, method: 'directe' })).toEqual({
      ok: false,
      failures: [{ kind: 'no-receiver', support: 1 }],
    });
    expect(solveVentilation({ ...input, method: 'cascade' })).toEqual({
      ok: false,
      failures: [{ kind: 'no-receiver', support: 1 }],
    });
    expect(solveVentilation({ ...input, method: 'reciproque' }).ok).toBe(true);
  });
});

/** A random ventilation: services 0…n−1, each a support or not, random links and costs. */
const arbitraryVentilation = (options: { onlyToNonSupports?: boolean; onlyForward?: boolean }) =>
  fc
    .record({
      kinds: fc.array(fc.boolean(), { minLength: 2, maxLength: 9 }),
      costs: fc.array(fc.bigInt({ min: 0n, max: 10n ** 9n }), { minLength: 9, maxLength: 9 }),
      weights: fc.array(fc.oneof(fc.constant(0n), fc.bigInt({ min: 1n, max: 10n ** 7n })), {
        minLength: 81,
        maxLength: 81,
      }),
      decimals: fc.constantFrom(1n, 100n, 1000000n),
      unit: fc.constantFrom(CENT, q(1n), q(1n, 10n)),
    })
    .map(({ kinds, costs, weights, decimals, unit }) => {
      const n = kinds.length;
      const isSupport = kinds.map((k, i) => k || i === 0);
      if (isSupport.every((k) => k)) isSupport[n - 1] = false;
      const supports = isSupport.flatMap((k, i) => (k ? [i] : []));
      const receivers = isSupport.flatMap((k, i) => (k ? [] : [i]));
      const links: { support: number; receiver: number; weight: Q }[] = [];
      for (const s of supports) {
        for (let t = 0; t < n; t++) {
          if (t === s) continue;
          if (options.onlyToNonSupports && isSupport[t]) continue;
          if (options.onlyForward && isSupport[t] && t < s) continue;
          const w = weights[s * 9 + t] as bigint;
          if (w > 0n) links.push(link(s, t, q(w, decimals)));
        }
        // Every support reaches the first non-support service.
        links.push(link(s, receivers[0] as number, q(1n + ((costs[s] as bigint) % 7n))));
      }
      return {
        supports,
        receivers,
        direct: new Map(supports.map((s) => [s, q(costs[s] as bigint, 100n)])),
        links: dedupe(links),
        rounding: unit,
      };
    });

function dedupe(links: { support: number; receiver: number; weight: Q }[]) {
  const byPair = new Map<string, { support: number; receiver: number; weight: Q }>();
  for (const l of links) {
    const key = `${l.support}/${l.receiver}`;
    const prev = byPair.get(key);
    byPair.set(key, prev ? { ...l, weight: add(prev.weight, l.weight) } : l);
  }
  return [...byPair.values()];
}

describe('solveVentilation: properties', () => {
  it('conservation: Σ R_j = Σ D_s exactly, Σ V_j = round(Σ D_s), |V_j − R_j| < u, for every method', () => {
    fc.assert(
      fc.property(
        arbitraryVentilation({}),
        fc.constantFrom<VentilationMethod>('reciproque', 'cascade', 'directe'),
        (input, method) => {
          const out = solveVentilation({ ...input, method });
          if (!out.ok) return method !== 'reciproque';
          const v = out.ventilation;
          const totalDirect = sum(input.direct.values());
          const exact = new Map<number, Q>();
          for (const l of v.links)
            if (input.receivers.includes(l.receiver))
              exact.set(l.receiver, add(exact.get(l.receiver) ?? ZERO, l.amount));
          expect(eq(sum(exact.values()), totalDirect)).toBe(true);
          expect(eq(sum(v.received.values()), roundToUnit(totalDirect, input.rounding))).toBe(true);
          for (const j of input.receivers) {
            const gap = abs(sub(v.received.get(j) ?? ZERO, exact.get(j) ?? ZERO));
            expect(cmp(gap, input.rounding)).toBeLessThan(0);
          }
          return true;
        },
      ),
      { numRuns: 150 },
    );
  });

  it('Réciproque: T_s = D_s + Σ_r a_rs · T_r holds exactly', () => {
    fc.assert(
      fc.property(arbitraryVentilation({}), (input) => {
        const v = solved({ ...input, method: 'reciproque' });
        for (const s of input.supports) {
          let expected = input.direct.get(s) ?? ZERO;
          for (const l of v.links) if (l.receiver === s) expected = add(expected, l.amount);
          expect(eq(totalOf(v, s), expected)).toBe(true);
          const shares = v.links.filter((l) => l.support === s).map((l) => l.share);
          expect(eq(sum(shares), q(1n))).toBe(true);
          for (const l of v.links.filter((x) => x.support === s))
            expect(eq(l.amount, mul(totalOf(v, s), l.share))).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('the three methods agree when no support serves another', () => {
    fc.assert(
      fc.property(arbitraryVentilation({ onlyToNonSupports: true }), (input) => {
        const [r, c, d] = (['reciproque', 'cascade', 'directe'] as const).map((method) =>
          solved({ ...input, method }),
        );
        expect(c?.received).toEqual(r?.received);
        expect(d?.received).toEqual(r?.received);
        for (const other of [c, d]) {
          expect(other?.links.map((l) => [l.support, l.receiver, l.share])).toEqual(
            r?.links.map((l) => [l.support, l.receiver, l.share]),
          );
          other?.links.forEach((l, i) =>
            expect(eq(l.amount, r?.links[i]?.amount ?? ZERO)).toBe(true),
          );
        }
      }),
      { numRuns: 100 },
    );
  });

  it('Réciproque = En cascade when supports serve only later ones', () => {
    fc.assert(
      fc.property(arbitraryVentilation({ onlyForward: true }), (input) => {
        const r = solved({ ...input, method: 'reciproque' });
        const c = solved({ ...input, method: 'cascade' });
        expect(c.received).toEqual(r.received);
        expect(c.links.length).toBe(r.links.length);
        c.links.forEach((l, i) => expect(eq(l.amount, r.links[i]?.amount ?? ZERO)).toBe(true));
        for (const s of input.supports) expect(eq(totalOf(c, s), totalOf(r, s))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('a support serving a closed group of supports is named with the group (singular)', () => {
    fc.assert(
      fc.property(arbitraryVentilation({}), (input) => {
        // Make the first two supports serve each other only (when there are two).
        if (input.supports.length < 2) return;
        const [a, b] = input.supports as [number, number];
        const links = input.links.filter((l) => l.support !== a && l.support !== b);
        links.push(link(a, b, q(1n)), link(b, a, q(3n)));
        const out = solveVentilation({ ...input, links, method: 'reciproque' });
        expect(out.ok).toBe(false);
        if (out.ok) return;
        const singular = out.failures.find((f) => f.kind === 'singular');
        expect(singular && 'supports' in singular ? singular.supports : []).toEqual(
          expect.arrayContaining([a, b]),
        );
      }),
      { numRuns: 100 },
    );
  });
});
