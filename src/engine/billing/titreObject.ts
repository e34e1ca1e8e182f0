/**
 * The object of a titre line, worded once for `QP Titres`, the annexes and the exports.
 */

/** The object of a titre line (≤ 160 characters, the finance software's limit). */
export function titreObject(service: string, kind: string, period: string): string {
  const what =
    kind === 'fee'
      ? 'Frais de gestion du groupement'
      : kind === 'solde'
        ? 'Régularisation'
        : 'Participation';
  const text = `${what} « ${service} » – ${period}`;
  return text.length <= 160 ? text : `${text.slice(0, 159)}…`;
}
