/** Small helpers of the member annex and export sections. */
import { annexMemberNames } from '../../../src/taskpane/components/MemberAnnexSection/annexMemberNames';
import { filterMemberNames } from '../../../src/taskpane/components/MemberAnnexSection/filterMemberNames';
import { reportFileName } from '../../../src/taskpane/components/ExportSection/reportFileName';
import { AMOUNT_ERROR, MEMBERS, invalidOutcome, okOutcome } from '../support/paneFakes';

describe('annexMemberNames', () => {
  it('lists each participating member once, in Membres order', () => {
    expect(annexMemberNames(okOutcome())).toEqual(MEMBERS);
  });

  it('lists none for an invalid run', () => {
    expect(annexMemberNames(invalidOutcome([AMOUNT_ERROR]))).toEqual([]);
  });
});

describe('filterMemberNames', () => {
  const names = ['Saint-Aurèle', 'Pontvieux', 'Castelnau-d’Aurèle', 'CCAS de Saint-Aurèle'];

  it('lists everything for an empty query', () => {
    expect(filterMemberNames(names, '  ')).toEqual({ shown: names, more: 0 });
  });

  it('matches a part of the name ignoring case, accents, apostrophe style and extra spaces', () => {
    expect(filterMemberNames(names, "d'AURELE").shown).toEqual(['Castelnau-d’Aurèle']);
    expect(filterMemberNames(names, 'ccas  de').shown).toEqual(['CCAS de Saint-Aurèle']);
    expect(filterMemberNames(names, 'saint-aure').shown).toEqual([
      'Saint-Aurèle',
      'CCAS de Saint-Aurèle',
    ]);
  });

  it('lists at most `limit` names and counts the others', () => {
    const many = Array.from({ length: 250 }, (_, i) => `Commune ${i + 1}`);
    expect(filterMemberNames(many, 'commune', 100)).toEqual({
      shown: many.slice(0, 100),
      more: 150,
    });
    expect(filterMemberNames(many, 'commune 25', 100)).toEqual({
      shown: ['Commune 25', 'Commune 250'],
      more: 0,
    });
  });
});

describe('reportFileName', () => {
  it('names the report after the exercice, and the member when there is one', () => {
    expect(reportFileName(2026, null)).toBe('rapport-2026.html');
    expect(reportFileName(2026, 'Castelnau-d’Aurèle')).toBe('rapport-2026-castelnau-d-aurele.html');
    expect(reportFileName(null, 'CCAS de Saint-Aurèle')).toBe(
      'rapport-quotepart-ccas-de-saint-aurele.html',
    );
  });

  it('keeps the name short and safe whatever the member name', () => {
    expect(reportFileName(2026, '«  ».')).toBe('rapport-2026.html');
    const long = reportFileName(
      2026,
      'Syndicat intercommunal à vocation multiple du Val d’Aurèle et environs',
    );
    expect(long).toMatch(/^rapport-2026-[a-z0-9-]+\.html$/);
    expect(long.length).toBeLessThanOrEqual('rapport-2026-.html'.length + 40);
    expect(long).not.toMatch(/--|-\.html$/);
  });
});
