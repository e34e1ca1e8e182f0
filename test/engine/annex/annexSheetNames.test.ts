/** Worksheet names of the annexes: ≤ 31 characters, valid, unique ignoring case. */
import { annexSheetNames, MEMBER_ANNEX_SHEET } from '../../../src/engine/annex/annexSheetNames';

describe('annexSheetNames', () => {
  test('short names are kept, long ones cut at a word boundary', () => {
    expect(
      annexSheetNames(['Messagerie', 'Hébergement et sauvegarde', 'Groupement postes de travail']),
    ).toEqual([
      'QP Annexe Messagerie',
      'QP Annexe Hébergement et',
      'QP Annexe Groupement postes de',
    ]);
  });

  test('a name is never cut in the middle of a word when it has a space', () => {
    expect(
      annexSheetNames([
        'Assistance utilisateurs',
        'Sauvegarde externalisée',
        'Télécommunicationsmutualisées',
      ]),
    ).toEqual(['QP Annexe Assistance', 'QP Annexe Sauvegarde', 'QP Annexe Télécommunicationsmut']);
  });

  test('forbidden characters removed, duplicates numbered, the member sheet never reused', () => {
    const names = annexSheetNames([
      'Réseau: [site]/A*?',
      'Service commun informatique A',
      'Service commun informatique B',
      'MEMBRE',
      "'quoted'",
      '',
    ]);
    expect(names).toEqual([
      'QP Annexe Réseau site A',
      'QP Annexe Service commun',
      'QP Annexe Service commun (2)',
      'QP Annexe MEMBRE (2)',
      'QP Annexe quoted',
      'QP Annexe Service 6',
    ]);
    for (const n of names) {
      expect(n.length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/[\\/?*[\]:]/);
      expect(n.toLowerCase()).not.toBe(MEMBER_ANNEX_SHEET.toLowerCase());
    }
  });

  test('many services with the same long prefix stay unique and ≤ 31 characters', () => {
    const names = annexSheetNames(
      Array.from(
        { length: 120 },
        (_, k) => `Plateforme mutualisée de services numériques lot ${k}`,
      ),
    );
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(120);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(31);
  });
});
