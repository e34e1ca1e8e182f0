import { closestNames, frenchList } from '../../../src/engine/text/closestNames';
import { normalizeName } from '../../../src/engine/text/normalizeName';

describe('names', () => {
  it('match ignoring case, accents, spaces, underscores and typographic apostrophes (§1)', () => {
    expect(normalizeName('Paramètres')).toBe(normalizeName('PARAMETRES'));
    expect(normalizeName('Coût_unitaire')).toBe(normalizeName('cout unitaire'));
    expect(normalizeName('Date d’émission')).toBe(normalizeName("Date d'emission"));
    expect(normalizeName('Lavergne-les-Prés')).not.toBe(normalizeName('Lavergne les Pres'));
  });

  it('suggest the names that contain what was typed first, then the nearest', () => {
    const known = ['Rochebrune', 'Vaudrey', 'Lavergne-les-Prés', 'Mazerolles'];
    expect(closestNames('Lavergne', known, 2)[0]).toBe('Lavergne-les-Prés');
    expect(closestNames('lavergne les pres', known, 1)).toEqual(['Lavergne-les-Prés']);
    expect(closestNames('Vaudray', known, 1)).toEqual(['Vaudrey']);
  });

  it('list names the French way', () => {
    expect(frenchList(['A', 'B', 'C'])).toBe('« A », « B » ou « C »');
  });
});
