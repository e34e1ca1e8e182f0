/**
 * Section « Échéancier et titres » of a service annex: for each debtor and line (quote-
 * part, fee, solde) the equal installments of its annual amount, one column per period,
 * and the titre carrying each one — an installment below the titre floor is carried into
 * the debtor's next titre (CGCT D1611-1), what stays below after the last one is not
 * issued. In a régularisation, the soldes, and the reductions in their own table.
 */
import type { AnnexItem, AnnexSection } from '../annexDocument';
import { note, tableOrNote } from '../annexDocument';
import type {
  InstallmentDetail,
  LineDetail,
  RunDetails,
  ServiceDetail,
} from '../../contract/runDetails';
import type { PlanCell } from '../../plan/writePlan';
import { col } from '../../plan/planHelpers';
import { LINE_KIND_TEXT, installmentsText } from '../annexLabels';
import { frMoney } from '../frenchText';
import { FUNDING_MODELS } from '../../models/registry';

const KIND_ORDER: Readonly<Record<string, number>> = { 'quote-part': 0, fee: 1, solde: 0 };

/** The installments of one debtor's line, in period order. */
interface ScheduleRow {
  readonly member: number;
  readonly kind: InstallmentDetail['kind'];
  readonly installments: InstallmentDetail[];
}

/** Installments grouped by service, computed once per run (the annexes of all services read them). */
const byServiceCache = new WeakMap<RunDetails, Map<number, InstallmentDetail[]>>();

function installmentsOfService(details: RunDetails, service: number): readonly InstallmentDetail[] {
  let byService = byServiceCache.get(details);
  if (!byService) {
    byService = new Map();
    for (const i of details.installments) {
      const list = byService.get(i.service);
      if (list) list.push(i);
      else byService.set(i.service, [i]);
    }
    byServiceCache.set(details, byService);
  }
  return byService.get(service) ?? [];
}

/** The annual amount of a line: billed amount, or the quote-part when a coordinator's fee is billed apart. */
function annualAmount(
  s: ServiceDetail,
  line: LineDetail | undefined,
  kind: InstallmentDetail['kind'],
): string | null {
  if (!line) return null;
  if (kind === 'fee') return line.fee;
  return FUNDING_MODELS[s.model].fee === 'coordinator' ? line.quotePart : line.billed;
}

function scheduleRows(details: RunDetails, s: ServiceDetail): ScheduleRow[] {
  const byLine = new Map<number, ScheduleRow>();
  for (const i of installmentsOfService(details, s.index)) {
    const key = i.member * 3 + (i.kind === 'fee' ? 1 : i.kind === 'solde' ? 2 : 0);
    let row = byLine.get(key);
    if (!row) byLine.set(key, (row = { member: i.member, kind: i.kind, installments: [] }));
    row.installments.push(i);
  }
  const rows = [...byLine.values()].sort(
    (a, b) => a.member - b.member || (KIND_ORDER[a.kind] ?? 0) - (KIND_ORDER[b.kind] ?? 0),
  );
  for (const r of rows) r.installments.sort((a, b) => a.rank - b.rank);
  return rows;
}

function observation(row: ScheduleRow, floor: string): string | null {
  const notes = row.installments.flatMap((i) => {
    if (i.titre === null)
      return [`${i.period} non émise (reste sous le seuil de ${floor} après le dernier titre)`];
    if (i.titrePeriod !== i.period)
      return [
        `${i.period} reportée sur le titre n° ${i.titre} (${i.titrePeriod}, seuil de ${floor})`,
      ];
    return [];
  });
  return notes.length > 0 ? notes.join(' ; ') : null;
}

function scheduleItems(details: RunDetails, s: ServiceDetail): AnnexItem[] {
  const rows = scheduleRows(details, s);
  const periods = [...new Set(rows.flatMap((r) => r.installments.map((i) => i.period)))].sort();
  const floor = frMoney(details.titreFloor);
  const intro = details.regularisation
    ? `Régularisation : solde = montant dû − acomptes déjà émis, sur un titre de l\u2019exercice ${details.exercice} ; un solde négatif donne une réduction (tableau suivant).`
    : `Échéances : ${installmentsText(s.installments)}. Chaque montant annuel est divisé en échéances égales au centime (les premières reçoivent les centimes restants), sur les seules périodes de présence du membre.`;
  const several = periods.length > 1;
  const lineOf = new Map(s.lines.map((l) => [l.member, l]));
  const columns = [
    col('Membre', 'text', 30),
    col('Ligne', 'text', 16),
    ...periods.map((p) => col(p, 'euro', 13)),
    ...(several ? [col('Total', 'euro', 14)] : []),
    col(several ? 'Titres n°' : 'Titre n°', several ? 'text' : 'integer', several ? 20 : 9),
    col('Observation', 'text', 60),
  ];
  const cells = rows.map((r): PlanCell[] => {
    const byPeriod = new Map(r.installments.map((i) => [i.period, i]));
    const titres = r.installments.map((i) => (i.titre === null ? '—' : String(i.titre)));
    return [
      details.members[r.member]?.name ?? '',
      LINE_KIND_TEXT[r.kind] ?? r.kind,
      ...periods.map((p) => byPeriod.get(p)?.amount ?? null),
      ...(several ? [annualAmount(s, lineOf.get(r.member), r.kind)] : []),
      several
        ? titres.join(' / ')
        : r.installments[0]?.titre === null || r.installments[0] === undefined
          ? null
          : String(r.installments[0].titre),
      observation(r, floor),
    ];
  });
  return [
    note(
      `${intro} Un titre de moins de ${floor} n\u2019est pas émis : ses lignes sont reportées sur le titre suivant du même débiteur (CGCT D1611-1). « Titres n° » donne, période par période, le titre qui porte chaque échéance.`,
    ),
    tableOrNote('Echeancier', columns, cells, 'Aucun titre pour ce service.'),
  ];
}

function reductionItems(details: RunDetails, s: ServiceDetail): AnnexItem[] {
  const rows = details.reductions.filter((r) => r.service === s.index);
  if (rows.length === 0) return [];
  return [
    tableOrNote(
      'Reductions',
      [
        col('Membre', 'text', 30),
        col('Montant dû', 'euro', 14),
        col('Acomptes émis', 'euro', 14),
        col('Réduction à émettre', 'euro', 16),
      ],
      rows.map((r) => [details.members[r.debtor]?.name ?? '', r.billed, r.acompte, r.amount]),
      '',
    ),
  ];
}

/** The schedule section; a note only when nothing of the service is billed (AC, own use). */
export function scheduleSection(details: RunDetails, s: ServiceDetail): AnnexSection {
  const billed = s.lines.some((l) => l.settlement === 'titre' || l.settlement === 'direct');
  if (!billed) {
    const why =
      s.settlement === 'ac'
        ? 'les quote-parts sont imputées sur les attributions de compensation (section 5)'
        : 'seul le porteur y participe (usage propre)';
    return {
      heading: '4. Échéancier et titres',
      items: [note(`Aucun titre pour ce service : ${why}.`)],
    };
  }
  return {
    heading: '4. Échéancier et titres',
    items: [...scheduleItems(details, s), ...reductionItems(details, s)],
  };
}
