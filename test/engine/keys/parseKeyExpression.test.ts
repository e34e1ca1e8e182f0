import { parseKeyExpression } from '../../../src/engine/keys/parseKeyExpression';
import { formatExact } from '../../../src/engine/numbers/decimalText';

const terms = (k: string) => {
  const r = parseKeyExpression(k);
  return r.ok ? r.terms.map((t) => `${formatExact(t.percent)}:${t.criterion}`) : `ERR ${r.reason}`;
};

describe('key expressions (§2)', () => {
  it('reads a single criterion as 100 %', () =>
    expect(terms('Population')).toEqual(['100:Population']));
  it('reads a weighted sum with spaces and decimal commas', () => {
    expect(terms('60% Population + 40 % Agents')).toEqual(['60:Population', '40:Agents']);
    expect(terms('33,5 % Population+66,5% Postes de travail')).toEqual([
      '33.5:Population',
      '66.5:Postes de travail',
    ]);
  });
  it('merges two terms on the same criterion', () =>
    expect(terms('50% Agents + 50% agents')).toEqual(['100:Agents']));
  it('refuses weights that do not sum to 100', () =>
    expect(terms('60% Population + 30% Agents')).toMatch(/90 % au lieu de 100 %/));
  it('refuses a term without weight in a sum', () =>
    expect(terms('Population + Agents')).toMatch(/n'a pas de poids/));
  it('refuses an empty term', () => expect(terms('60% Population + ')).toMatch(/vide/));
});
