/**
 * The records of the export files, field by field, from the run's result tables: one per
 * titre line (`json.titres`, same order, same amounts, same base de liquidation) and one
 * per reduction (`json.reductions`), with the debtor's SIRET and coding columns.
 */
import type { AnnexSource } from '../annex/annexLabels';
import type { MemberDetail, RunDetails } from '../annex/details/runDetails';
import { frMoney } from '../annex/frenchText';
import { CODING_FIELDS, type ExportField, type ExportRecord } from './exportFields';

const LINE_KIND: Readonly<Record<string, string>> = { 'quote-part': 'Quote-part', fee: 'Frais de gestion', solde: 'Solde' };

/** Local product code of a service (PES `CodProdLoc`): `QP` + its rank in `Services`. */
export function productCode(serviceIndex: number): string {
  return `QP${String(serviceIndex + 1).padStart(2, '0')}`;
}

function debtorFields(member: MemberDetail | undefined): Partial<Record<ExportField, string>> {
  const fields: Partial<Record<ExportField, string>> = { siret: member?.siret ?? '', type_debiteur: member?.type ?? '' };
  for (const [field, column] of Object.entries(CODING_FIELDS) as [ExportField, string][]) fields[field] = member?.coding[column] ?? '';
  return fields;
}

function common(details: RunDetails): Partial<Record<ExportField, string>> {
  return { exercice: String(details.exercice), organisme: details.organisme ?? '', date_emission: details.issueDate ?? '', reference_convention: details.convention ?? '', fonction: '' };
}

/** One record per titre line. */
export function titreRecords(source: AnnexSource): ExportRecord[] {
  const { details, json } = source;
  const base = common(details);
  return json.titres.map((t, k) => {
    const line = details.titreLines[k];
    const service = line?.service ?? -1;
    return {
      ...base,
      ...debtorFields(line ? details.members[line.debtor] : undefined),
      numero_titre: String(t.number),
      numero_ligne: String(t.line),
      debiteur: t.debtor,
      objet: line?.object ?? '',
      compte_nature: t.account,
      service: t.service,
      code_produit: service >= 0 ? productCode(service) : '',
      type_ligne: LINE_KIND[line?.kind ?? ''] ?? '',
      montant: t.amount,
      periode: t.period,
      base_liquidation: t.liquidation,
    };
  });
}

/** One record per reduction (régularisation). */
export function reductionRecords(source: AnnexSource): ExportRecord[] {
  const { details, json } = source;
  const base = common(details);
  return json.reductions.map((r, k) => {
    const d = details.reductions[k];
    const motif = d
      ? `Acomptes ${details.exercice} émis ${frMoney(d.acompte)} supérieurs au montant dû ${frMoney(d.billed)} : réduction de ${frMoney(r.amount)} du titre d\u2019acompte (ou mandat au 673 si l\u2019exercice est clos).`
      : '';
    const object = `Réduction « ${r.service} » – exercice ${details.exercice}`;
    return {
      ...base,
      ...debtorFields(d ? details.members[d.debtor] : undefined),
      debiteur: r.debtor,
      objet: object.length <= 160 ? object : `${object.slice(0, 159)}…`,
      compte_nature: d?.account ?? '',
      service: r.service,
      code_produit: d ? productCode(d.service) : '',
      type_ligne: 'Réduction',
      montant: r.amount,
      montant_du: d?.billed ?? '',
      acomptes: d?.acompte ?? '',
      periode: String(details.exercice),
      motif,
    };
  });
}
