/**
 * The object of a titre line, worded once for `QP Titres`, the annexes and the exports.
 * Its first words come from the funding model's row (`titreObject`): a Mise à
 * disposition is a remboursement de frais (CGCT D5211-16), not a participation.
 */
import type { ModelId } from '../domain/inputModel';
import { FUNDING_MODELS } from '../models/registry';

/** The object of a titre line (≤ 160 characters, the finance software's limit). */
export function titreObject(
  service: string,
  kind: string,
  period: string,
  model: ModelId | undefined,
): string {
  const what =
    kind === 'fee'
      ? 'Frais de gestion du groupement'
      : kind === 'solde'
        ? 'Régularisation'
        : model
          ? FUNDING_MODELS[model].titreObject
          : 'Participation';
  const text = `${what} « ${service} » – ${period}`;
  return text.length <= 160 ? text : `${text.slice(0, 159)}…`;
}
