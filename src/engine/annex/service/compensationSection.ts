/**
 * Section « Attribution de compensation » of a service commun settled on the AC (§3.4,
 * §4.4): for each commune, its AC before imputation, this service's quote-part, all its
 * imputations, and the AC nette after; a negative AC nette is flagged.
 */
import type { AnnexSection } from '../annexDocument';
import { note, tableOrNote } from '../annexDocument';
import type { RunDetails, ServiceDetail } from '../../contract/runDetails';
import { col } from '../../plan/planHelpers';

/** The AC section, or null when the service is not settled on the AC. */
export function compensationSection(details: RunDetails, s: ServiceDetail): AnnexSection | null {
  if (s.settlement !== 'ac') return null;
  const rows = details.compensation
    .map((c) => ({ c, own: c.services.find((x) => x.service === s.index) }))
    .filter((x) => x.own !== undefined)
    .map(({ c, own }) => [
      details.members[c.member]?.name ?? '',
      c.before,
      own?.amount ?? null,
      c.imputed,
      c.after,
      c.negative ? 'AC négative : la commune verse ce montant à l\u2019EPCI' : null,
    ]);
  return {
    heading: '5. Attribution de compensation',
    items: [
      note(
        'AC nette = AC de l\u2019année avant imputation − Σ des quote-parts des services communs réglés sur l\u2019AC (CGI 1609 nonies C). Une AC nette négative signifie que la commune verse la différence à l\u2019EPCI.',
      ),
      tableOrNote(
        'AC',
        [
          col('Membre', 'text', 30),
          col('AC avant imputation', 'euro', 18),
          col('Imputation de ce service', 'euro', 18),
          col('Total imputé (tous services)', 'euro', 18),
          col('AC nette', 'euro', 16),
          col('Alerte', 'text', 44),
        ],
        rows,
        'Aucun membre imputé.',
      ),
    ],
  };
}
