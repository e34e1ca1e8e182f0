import { NameIndex } from '../../../src/engine/parse/nameIndex';
import { ProblemList } from '../../../src/engine/problems/problemList';

const PLACE = { table: 'Adhesions', row: 2, column: 'Membre' };

describe('NameIndex (§1 name matching)', () => {
  it('finds a name as typed and in any spelling of the same normal form', () => {
    const index = new NameIndex('membre', ['Ville A', 'Saint-Étienne', 'CCAS de A']);
    const problems = new ProblemList();
    for (const typed of ['Saint-Étienne', 'saint-etienne', ' SAINT-ÉTIENNE', 'Saint-Etienne'])
      expect(index.find(typed, PLACE, problems)).toBe(1);
    expect(index.find('ccas_de_a', PLACE, problems)).toBe(2);
    expect(index.indexOf('villea')).toBe(0);
    expect(problems.all()).toEqual([]);
  });

  it('gives the last index to two names of the same normal form, typed either way', () => {
    const index = new NameIndex('service', ['Hébergement', 'Hebergement', 'Messagerie']);
    expect(index.indexOf('Hébergement')).toBe(1);
    expect(index.indexOf('Hebergement')).toBe(1);
    expect(index.indexOf('HÉBERGEMENT')).toBe(1);
  });

  it('reports an unknown name every time it is met, and a refused one never', () => {
    const index = new NameIndex('membre', ['Ville A', 'Ville B'], ['Ville Z']);
    const problems = new ProblemList();
    expect(index.find('Ville C', PLACE, problems)).toBeUndefined();
    expect(index.find('Ville C', { ...PLACE, row: 3 }, problems)).toBeUndefined();
    expect(index.find('ville z', PLACE, problems)).toBeNull();
    expect(problems.all().map((p) => p.code)).toEqual(['MEMBRE_INCONNU', 'MEMBRE_INCONNU']);
    expect(index.indexOf('Ville C')).toBeUndefined();
  });
});
