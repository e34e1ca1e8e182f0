/**
 * Accounts by debtor type (`Comptes par type de débiteur`): off by default (the sample's
 * titres keep their accounts), a service's `Compte` always wins, and without it the EPCI's
 * member communes are billed on 70875, other debtors on 70878; a commune porteur bills its
 * EPCI on 70876.
 */
import { runSample } from '../annex/support/runSample';
import { SAMPLE_TABLES, type SampleTable } from '../../../src/workbook/sample/sampleData';

function withParameter(tables: readonly SampleTable[], value: string): SampleTable[] {
  return tables.map((t) =>
    t.name === 'Parametres'
      ? { ...t, rows: [...t.rows, ['Comptes par type de débiteur', value]] }
      : t,
  );
}

/** The sample with `Compte` blank for every service. */
function withoutAccounts(tables: readonly SampleTable[]): SampleTable[] {
  return tables.map((t) => {
    if (t.name !== 'Services') return t;
    const k = t.headers.indexOf('Compte');
    return { ...t, rows: t.rows.map((r) => r.map((c, i) => (i === k ? null : c))) };
  });
}

const types = new Map(
  (SAMPLE_TABLES.find((t) => t.name === 'Membres')?.rows ?? []).map((r) => [String(r[0]), r[1]]),
);

describe('accounts by debtor type', () => {
  test('Non (default) and Oui with every Compte given: the accounts of the services', () => {
    const reference = runSample().json.titres.map((t) => t.account);
    expect(
      runSample(withParameter(SAMPLE_TABLES, 'Oui')).json.titres.map((t) => t.account),
    ).toEqual(reference);
    expect(
      runSample(withoutAccounts(SAMPLE_TABLES)).json.titres.every((t) => t.account === '7087'),
    ).toBe(true);
  });

  test('Oui without Compte: 70875 for the member communes of the EPCI, 70878 for the others', () => {
    const titres = runSample(withParameter(withoutAccounts(SAMPLE_TABLES), 'Oui')).json.titres;
    expect(titres.length).toBeGreaterThan(0);
    for (const t of titres)
      expect({ debtor: t.debtor, account: t.account }).toEqual({
        debtor: t.debtor,
        account: types.get(t.debtor) === 'Commune' ? '70875' : '70878',
      });
    expect(new Set(titres.map((t) => t.account))).toEqual(new Set(['70875', '70878']));
  });
});
