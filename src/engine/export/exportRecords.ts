/**
 * The records of the export files, field by field, from the run's result tables: one per
 * titre line (`json.titres`, same order, same amounts, same base de liquidation) and one
 * per reduction (`json.reductions`), with the debtor's SIRET and coding columns.
 */
import type { AnnexSource } from '../annex/annexLabels';
import type { MemberDetail, RunDetails } from '../contract/runDetails';
import { frMoney } from '../annex/frenchText';
import { CODING_FIELDS, type ExportRecord } from './exportFields';
import { titreLineObject } from '../annex/details/titreLineObject';
import { debtorCategory } from './debtorCategory';

const LINE_KIND: Readonly<Record<string, string>> = {
  'quote-part': 'Quote-part',
  fee: 'Frais de gestion',
  solde: 'Solde',
};

/** Local product code of a service (PES `CodProdLoc`): `QP` + its rank in `Services`. */
export function productCode(serviceIndex: number): string {
  return `QP${String(serviceIndex + 1).padStart(2, '0')}`;
}

/** The debtor's fields, the same for all its lines. */
interface DebtorFields {
  readonly siret: string;
  readonly type_debiteur: string;
  readonly categorie_tiers: string;
  readonly nature_juridique: string;
  readonly code_service: string;
  readonly engagement_juridique: string;
  readonly code_tiers: string;
  readonly adresse: string;
  readonly code_postal: string;
  readonly ville: string;
}

function debtorFields(member: MemberDetail | undefined): DebtorFields {
  const coding = (field: keyof typeof CODING_FIELDS) =>
    member?.coding[CODING_FIELDS[field] ?? ''] ?? '';
  // The workbook's own coding columns win; else the PES V2 codes given by `Type`.
  const byType = debtorCategory(member?.type);
  return {
    siret: member?.siret ?? '',
    type_debiteur: member?.type ?? '',
    categorie_tiers: coding('categorie_tiers') || byType.categorieTiers,
    nature_juridique: coding('nature_juridique') || byType.natureJuridique,
    code_service: coding('code_service'),
    engagement_juridique: coding('engagement_juridique'),
    code_tiers: coding('code_tiers'),
    adresse: coding('adresse'),
    code_postal: coding('code_postal'),
    ville: coding('ville'),
  };
}

/** Debtor fields per member index, computed once per member. */
function debtorCache(details: RunDetails): (member: number | undefined) => DebtorFields {
  const cache = new Map<number, DebtorFields>();
  const none = debtorFields(undefined);
  return (member) => {
    if (member === undefined) return none;
    let fields = cache.get(member);
    if (!fields) cache.set(member, (fields = debtorFields(details.members[member])));
    return fields;
  };
}

/** One record per titre line. */
export function titreRecords(source: AnnexSource): ExportRecord[] {
  const { details, json } = source;
  const debtor = debtorCache(details);
  const exercice = String(details.exercice);
  const organisme = details.organisme ?? '';
  const date = details.issueDate ?? '';
  const convention = details.convention ?? '';
  return json.titres.map((t, k) => {
    const line = details.titreLines[k];
    const d = debtor(line?.debtor);
    return {
      exercice,
      organisme,
      date_emission: line?.issueDate ?? date,
      reference_convention: convention,
      fonction: '',
      siret: d.siret,
      type_debiteur: d.type_debiteur,
      categorie_tiers: d.categorie_tiers,
      nature_juridique: d.nature_juridique,
      code_service: d.code_service,
      engagement_juridique: d.engagement_juridique,
      code_tiers: d.code_tiers,
      adresse: d.adresse,
      code_postal: d.code_postal,
      ville: d.ville,
      numero_titre: String(t.number),
      numero_ligne: String(t.line),
      debiteur: t.debtor,
      objet: titreLineObject(t, line),
      compte_nature: t.account,
      service: t.service,
      code_produit: line ? productCode(line.service) : '',
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
  const debtor = debtorCache(details);
  return json.reductions.map((r, k) => {
    const red = details.reductions[k];
    const d = debtor(red?.debtor);
    const motif = red
      ? `Acomptes ${details.exercice} émis ${frMoney(red.acompte)} supérieurs au montant dû ${frMoney(red.billed)} : réduction de ${frMoney(r.amount)} du titre d\u2019acompte (ou mandat au 673 si l\u2019exercice est clos).`
      : '';
    const object = `Réduction « ${r.service} » – exercice ${details.exercice}`;
    return {
      exercice: String(details.exercice),
      organisme: details.organisme ?? '',
      date_emission: details.issueDate ?? '',
      reference_convention: details.convention ?? '',
      fonction: '',
      ...d,
      debiteur: r.debtor,
      objet: object.length <= 160 ? object : `${object.slice(0, 159)}…`,
      compte_nature: red?.account ?? '',
      service: r.service,
      code_produit: red ? productCode(red.service) : '',
      type_ligne: 'Réduction',
      montant: r.amount,
      montant_du: red?.billed ?? '',
      acomptes: red?.acompte ?? '',
      periode: String(details.exercice),
      motif,
    };
  });
}
