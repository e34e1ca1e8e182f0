/**
 * Warnings of contract §6.1 about members, once participants are known: a member present
 * on no day of the Exercice who still takes part in a service; a service whose porteur
 * has another `Type` than its model expects (a Service commun: an EPCI); a member settled on the AC that is not a commune (CGCT
 * L5211-4-2: the AC concerns an EPCI à fiscalité propre and its communes).
 */
import type { Member, Service } from '../domain/inputModel';
import type { ProblemList } from '../problems/problemList';
import { normalizeName } from '../text/normalizeName';
import { M } from '../problems/messages';
import { FUNDING_MODELS } from '../models/registry';

/** `2026-03-01` → `01/03/2026`. */
function frenchDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** Records the §6.1 member warnings. */
export function checkMemberWarnings(
  members: readonly Member[],
  services: readonly Service[],
  participants: readonly (readonly number[])[],
  exercice: number,
  problems: ProblemList,
): void {
  const takesPart = new Set<number>();
  for (const list of participants) for (const i of list) takesPart.add(i);
  for (const m of members) {
    if (m.presenceDays !== 0 || !takesPart.has(m.index)) continue;
    const dates = [
      m.entry ? `entrée le ${frenchDate(m.entry)}` : null,
      m.exit ? `sortie le ${frenchDate(m.exit)}` : null,
    ]
      .filter((t) => t !== null)
      .join(', ');
    const outside = m.exit && m.exit < `${exercice}-01-01` ? 'Sortie' : 'Entrée';
    problems.warning(
      'MEMBRE_HORS_EXERCICE',
      {
        ...m.place,
        column: outside,
        value: (outside === 'Sortie' ? m.exit : m.entry) ?? null,
        cell: undefined,
      },
      M.presenceOutsideExercice(m.name, dates, exercice),
    );
  }
  const typePlace = (m: Member) => ({ ...m.place, column: 'Type', value: m.type, cell: undefined });
  const porteur = members.find((m) => m.porteur);
  for (const s of porteur?.type ? services : []) {
    const expected = FUNDING_MODELS[s.model].porteurType;
    const type = porteur?.type ?? '';
    if (!porteur || !expected || normalizeName(type) === normalizeName(expected)) continue;
    // Shown on the service's row: that is where the model (or the porteur) is to be checked.
    problems.warning(
      'PORTEUR_NON_EPCI',
      { ...s.place, column: 'Modèle', value: FUNDING_MODELS[s.model].label, cell: undefined },
      M.porteurTypeUnexpected(porteur.name, type, s.name, expected),
    );
  }
  const onAc = new Set<number>();
  for (const s of services)
    if (s.settlement === 'ac') for (const i of participants[s.index] ?? []) onAc.add(i);
  for (const m of members)
    if (
      onAc.has(m.index) &&
      !m.porteur &&
      m.type &&
      normalizeName(m.type) !== normalizeName('Commune')
    )
      problems.warning('AC_MEMBRE_NON_COMMUNE', typePlace(m), M.acMemberNotCommune(m.name, m.type));
}
