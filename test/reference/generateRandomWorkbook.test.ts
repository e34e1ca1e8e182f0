/**
 * The random workbook generator: reproducible from its seed, covers every feature and
 * defect it promises, and its intent (valid or not) matches the Python reference's verdict.
 */
import { ALL_V11_PARTS } from './engineV11';
import { DEFECTS, generateRandomWorkbook } from './generateRandomWorkbook';
import { V11_DEFECTS } from './generateV11Features';
import { isRefused, runReference } from './runReference';

describe('generateRandomWorkbook', () => {
  it('gives the same workbook for the same seed and different ones for different seeds', () => {
    expect(generateRandomWorkbook(42)).toEqual(generateRandomWorkbook(42));
    expect(JSON.stringify(generateRandomWorkbook(42).workbook)).not.toEqual(
      JSON.stringify(generateRandomWorkbook(43).workbook),
    );
  });

  it('covers every defect and the main features over 600 seeds', () => {
    const defects = new Set<string>();
    const features = new Set<string>();
    for (let seed = 1; seed <= 600; seed++) {
      const g = generateRandomWorkbook(seed);
      if (g.defect) defects.add(g.defect);
      g.features.forEach((f) => features.add(f));
    }
    expect([...defects].sort()).toEqual([...DEFECTS].sort());
    for (const f of [
      'model-MAD',
      'model-SC',
      'model-G',
      'composite-key',
      'usage-key',
      'presence',
      'adhesions',
      'regularisation',
      'scenarios',
      'standalone',
      'ac',
      'fee',
      'overhead',
      'separee',
      'direct-line',
      'negative-line',
      'non-eligible',
      'ligne-a-ligne',
      'arrondi-1',
      'arrondi-0.05',
      'no-porteur',
      'fixed-unit-cost',
    ]) {
      expect(features).toContain(f);
    }
  });

  it('writes money as exact decimals (no binary noise in the JSON text)', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const text = JSON.stringify(generateRandomWorkbook(seed).workbook);
      expect(text).not.toMatch(/\d\.\d*0000000\d/);
      expect(text).not.toMatch(/\d\.\d*9999999\d/);
    }
  });

  it('builds valid workbooks the reference accepts and defective ones it refuses', () => {
    const generated = Array.from({ length: 400 }, (_, i) => generateRandomWorkbook(i + 1));
    const results = runReference(generated.map((g) => g.workbook));
    const wrong = generated
      .map((g, i) => ({ g, r: results[i] }))
      .filter(({ g, r }) => !r || !r.ok || isRefused(r.result) === g.expectValid)
      .map(
        ({ g, r }) =>
          `seed ${g.seed} (${String(g.defect)}): ${r && r.ok ? JSON.stringify(r.result.issues.filter((x) => x.severity === 'error').slice(0, 2)) : JSON.stringify(r)}`,
      );
    expect(wrong).toEqual([]);
  });
});

describe('generateRandomWorkbook with the contract §6 parts', () => {
  const generated = Array.from({ length: 400 }, (_, i) =>
    generateRandomWorkbook(i + 1, ALL_V11_PARTS),
  );

  it('leaves the v1 workbooks unchanged when no part is enabled', () => {
    expect(generateRandomWorkbook(42, [])).toEqual(generateRandomWorkbook(42));
  });

  it('covers every §6 defect and feature over 400 seeds', () => {
    const defects = new Set(generated.map((g) => g.defect));
    for (const d of Object.values(V11_DEFECTS).flat()) expect(defects).toContain(d);
    const features = new Set(generated.flatMap((g) => g.features));
    for (const f of [
      'v11-service-convention',
      'v11-member-outside-exercice',
      'v11-unit-of-other-service',
      'v11-duplicate-acompte',
      'v11-supports',
      'v11-supports-serve-each-other',
      'v11-ventilation-reciproque',
      'v11-ventilation-cascade',
      'v11-ventilation-directe',
      'v11-ventilation-zero-weight',
      'v11-ventilation-self-row',
      'v11-ventilation-pair-twice',
      'v11-support-ignored-column',
      'v11-paliers',
      'v11-palier-cost-tie',
      'v11-palier-without-effect',
      'v11-coalitions',
      'v11-historique',
      'v11-ended-service',
    ])
      expect(features).toContain(f);
  });

  it('builds valid workbooks the reference accepts and defective ones it refuses', () => {
    const results = runReference(generated.map((g) => g.workbook));
    const wrong = generated
      .map((g, i) => ({ g, r: results[i] }))
      .filter(({ g, r }) => !r || !r.ok || isRefused(r.result) === g.expectValid)
      .map(
        ({ g, r }) =>
          `seed ${g.seed} (${String(g.defect)}): ${r && r.ok ? JSON.stringify(r.result.issues.filter((x) => x.severity === 'error').slice(0, 2)) : JSON.stringify(r)}`,
      );
    expect(wrong).toEqual([]);
  });
});
