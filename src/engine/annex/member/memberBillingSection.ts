/**
 * Sections « Titres » and « Réductions » of a member's annex: every titre line issued to
 * the member with its base de liquidation (the same rows as `QP Titres`), what stayed
 * below the floor, and the reductions of a régularisation.
 */
import type { AnnexItem, AnnexSection } from '../annexDocument';
import { note, tableOrNote } from '../annexDocument';
import type { AnnexSource } from '../annexLabels';
import { col } from '../../plan/planHelpers';
import { frMoney } from '../frenchText';
import { sumDecimals } from '../sumDecimals';
import { titreLineObject } from '../details/titreLineObject';

/** Indexes (into `json.titres`) of the member's titre lines. */
export function memberTitreLines(source: AnnexSource, member: number): number[] {
  return source.details.titreLines.flatMap((t, k) => (t.debtor === member ? [k] : []));
}

/** The titres section (and reductions when there are some). */
export function memberBillingSection(source: AnnexSource, member: number): AnnexSection {
  const { details, json } = source;
  const lines = memberTitreLines(source, member);
  const items: AnnexItem[] = [
    tableOrNote(
      'Titres',
      [
        col('Titre n°', 'integer', 9),
        col('Ligne', 'integer', 7),
        col('Période', 'text', 10),
        col('Service', 'text', 28),
        col('Objet', 'text', 45),
        col('Compte', 'text', 9),
        col('Montant', 'euro', 14),
        col('Base de liquidation', 'text', 90),
      ],
      lines.map((k) => {
        const t = json.titres[k];
        return t
          ? [
              String(t.number),
              String(t.line),
              t.period,
              t.service,
              titreLineObject(t, details.titreLines[k]),
              t.account,
              t.amount,
              t.liquidation,
            ]
          : [];
      }),
      'Aucun titre émis à ce membre.',
    ),
  ];
  const unissued = details.installments.filter((i) => i.member === member && i.titre === null);
  if (unissued.length > 0) {
    items.push(
      note(
        `Non émis (sous le seuil de ${frMoney(details.titreFloor)} après le dernier titre) : ${frMoney(
          sumDecimals(
            unissued.map((i) => i.amount),
            details.rounding,
          ),
        )}.`,
      ),
    );
  }
  const reductions = details.reductions.flatMap((r, k) => (r.debtor === member ? [k] : []));
  if (reductions.length > 0) {
    items.push(
      tableOrNote(
        'Reductions',
        [
          col('Service', 'text', 28),
          col('Montant dû', 'euro', 14),
          col('Acomptes émis', 'euro', 14),
          col('Réduction à émettre', 'euro', 16),
        ],
        reductions.map((k) => {
          const r = details.reductions[k];
          return r
            ? [
                details.services.find((s) => s.index === r.service)?.name ?? '',
                r.billed,
                r.acompte,
                json.reductions[k]?.amount ?? r.amount,
              ]
            : [];
        }),
        '',
      ),
    );
  }
  return { heading: 'Titres de recettes', items };
}
