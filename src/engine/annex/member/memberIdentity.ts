/**
 * Section « Membre » of a member's annex: identity, presence during the Exercice and the
 * debtor coding the finance software needs (catégorie de tiers, code service Chorus…).
 */
import type { AnnexSection } from '../annexDocument';
import { tableOrNote } from '../annexDocument';
import type { RunDetails } from '../../contract/runDetails';
import { col } from '../../plan/planHelpers';
import { frenchDate } from '../../dates/calendar';
import { MEMBER_CODING_COLUMNS } from '../../contract/tables';

function presenceText(details: RunDetails, member: number): string {
  const m = details.members[member];
  if (!m) return '';
  if (m.presenceDays === details.yearDays) return `Toute l\u2019année (${details.yearDays} jours)`;
  const from = m.entry ? `du ${frenchDate(m.entry)}` : 'depuis le début de l\u2019exercice';
  const to = m.exit ? `au ${frenchDate(m.exit)}` : 'jusqu\u2019à la fin de l\u2019exercice';
  return `${from} ${to} : ${m.presenceDays} jours sur ${details.yearDays}`;
}

/** The identity section. */
export function memberIdentity(details: RunDetails, member: number): AnnexSection {
  const m = details.members[member];
  const rows: [string, string | null][] = [
    ['Membre', m?.name ?? ''],
    ['Type', m?.type ?? null],
    ['SIRET', m?.siret ?? null],
    ['Porteur', m?.porteur ? 'Oui (ses parts sont un usage propre, non facturé)' : 'Non'],
    ['Présence', presenceText(details, member)],
    ...MEMBER_CODING_COLUMNS.filter((c) => m?.coding[c]).map((c): [string, string | null] => [
      c,
      m?.coding[c] ?? null,
    ]),
  ];
  return {
    heading: 'Membre',
    items: [
      tableOrNote('Identite', [col('Rubrique', 'text', 30), col('Valeur', 'text', 80)], rows, ''),
    ],
  };
}
