/**
 * `Services` (§1): one row per service with its funding model, key or unit, unit cost,
 * fee rate, settlement, execution, account and installments.
 */
import type { TableView } from '../input/tableView';
import { CellReader } from '../input/cellReaders';
import type { ProblemList } from '../problems/problemList';
import { normalizeName } from '../text/normalizeName';
import { q, cmp, sign } from '../numbers/rational';
import type { ModelId, Service } from '../domain/inputModel';
import { M } from '../problems/messages';
import { FUNDING_MODELS, FUNDING_MODEL_ROWS, type FundingModelRow } from '../models/registry';

/** Every name of every model (label and aliases), normalised → model id. */
const MODELS = new Map<string, ModelId>(
  (Object.entries(FUNDING_MODELS) as [ModelId, FundingModelRow][]).flatMap(([id, row]) =>
    [row.label, ...row.aliases].map((name): [string, ModelId] => [normalizeName(name), id]),
  ),
);

/** `A, B ou C`: the models a `Modèle` cell may name, for the messages. */
const MODEL_CHOICES = FUNDING_MODEL_ROWS.map((m) => m.label)
  .join(', ')
  .replace(/, ([^,]*)$/, ' ou $1');

/** Services parsed, plus the names of rows refused (so other tables do not report them as unknown). */
export interface ParsedServices {
  readonly services: Service[];
  readonly refusedNames: string[];
}

/** Parses `Services`, in table order. */
export function parseServices(view: TableView, problems: ProblemList): ParsedServices {
  const r = new CellReader(view, problems);
  const c = {
    name: r.col('Service'),
    model: r.col('Modèle'),
    key: r.col('Clé'),
    unit: r.col('Unité'),
    unitCost: r.col('Coût unitaire'),
    fee: r.col('Frais de gestion'),
    settlement: r.col('Règlement'),
    execution: r.col('Exécution'),
    account: r.col('Compte'),
    installments: r.col('Échéances'),
    convention: r.col('Convention'),
  };
  const services: Service[] = [];
  const refusedNames: string[] = [];
  const seen = new Map<string, string>();
  for (const row of view.rows) {
    const place = view.place(row, c.name.index, 'Service');
    const name = r.text(row, c.name);
    if (!name) {
      if (name === null) problems.error('SERVICE_SANS_NOM', place, M.serviceWithoutName());
      continue;
    }
    const key = normalizeName(name);
    if (seen.has(key)) {
      problems.error('SERVICE_EN_DOUBLE', place, M.duplicateService(name, seen.get(key) ?? name));
      continue;
    }
    seen.set(key, name);
    const modelText = r.text(row, c.model);
    const model = modelText ? MODELS.get(normalizeName(modelText)) : undefined;
    if (modelText === null)
      problems.error(
        'MODELE_MANQUANT',
        view.place(row, c.model.index, 'Modèle'),
        M.missingModel(name, MODEL_CHOICES),
      );
    else if (modelText !== undefined && !model)
      problems.error(
        'MODELE_INCONNU',
        view.place(row, c.model.index, 'Modèle'),
        M.unknownModel(name, modelText, MODEL_CHOICES),
      );
    const ignored = model ? FUNDING_MODELS[model].ignoredColumns : [];
    if (model && ignored.length > 0) {
      // A model that ignores columns (a support service): each one given is a warning, none is validated.
      for (const header of ignored)
        if (!r.blank(row, r.col(header)))
          problems.warning(
            'COLONNE_IGNOREE_SUPPORT',
            view.place(row, view.column(header), header),
            M.supportColumnIgnored(name, header),
          );
      services.push({
        index: services.length,
        name,
        model,
        key: null,
        keyPlace: view.place(row, c.key.index, 'Clé'),
        unit: null,
        fixedUnitCost: null,
        feeRate: null,
        settlement: 'titre',
        execution: 'conjointe',
        account: '7087',
        accountGiven: false,
        installments: 1,
        convention: null,
        place,
      });
      continue;
    }
    const keyText = r.text(row, c.key) ?? null;
    const unit = r.text(row, c.unit) ?? null;
    const unitCost = r.amount(row, c.unitCost) ?? null;
    const fee = r.number(row, c.fee, true) ?? null;
    const traits = model ? FUNDING_MODELS[model] : undefined;
    let ok = model !== undefined;
    if (traits?.sharing === 'units') {
      if (!unit) {
        problems.error(
          'UNITE_MANQUANTE',
          view.place(row, c.unit.index, 'Unité'),
          M.missingUnit(name),
        );
        ok = false;
      }
    } else if (traits) {
      if (!keyText) {
        problems.error('CLE_MANQUANTE', view.place(row, c.key.index, 'Clé'), M.missingKey(name));
        ok = false;
      }
    }
    if (traits?.fee === 'none' && fee !== null && sign(fee) !== 0)
      problems.warning(
        'FRAIS_IGNORES',
        view.place(row, c.fee.index, 'Frais de gestion'),
        M.feeIgnoredOnMad(name),
      );
    if (unitCost !== null && sign(unitCost) < 0) {
      problems.error(
        'COUT_UNITAIRE_NEGATIF',
        view.place(row, c.unitCost.index, 'Coût unitaire'),
        M.negativeUnitCost(name),
      );
      ok = false;
    }
    if (fee !== null && (sign(fee) < 0 || cmp(fee, q(1n)) > 0)) {
      problems.error(
        'FRAIS_INVALIDES',
        view.place(row, c.fee.index, 'Frais de gestion'),
        M.badFeeRate(name),
      );
      ok = false;
    }
    const settlementText = r.text(row, c.settlement);
    let settlement: Service['settlement'] = 'titre';
    if (settlementText) {
      const k = normalizeName(settlementText);
      if (k === normalizeName('Attribution de compensation') || k === 'ac') settlement = 'ac';
      else if (k !== normalizeName('Titre') && k !== normalizeName('Titres')) {
        problems.error(
          'REGLEMENT_INCONNU',
          view.place(row, c.settlement.index, 'Règlement'),
          M.unknownSettlement(name, settlementText),
        );
        ok = false;
      }
      if (traits && !traits.acSettlement && settlement === 'ac') {
        problems.error(
          'REGLEMENT_AC_HORS_SERVICE_COMMUN',
          view.place(row, c.settlement.index, 'Règlement'),
          M.acOnlyForServiceCommun(name),
        );
        ok = false;
      }
    }
    const executionText = r.text(row, c.execution);
    let execution: Service['execution'] = 'conjointe';
    if (executionText) {
      const k = normalizeName(executionText);
      if (k === normalizeName('Séparée')) execution = 'separee';
      else if (k !== normalizeName('Conjointe')) {
        problems.error(
          'EXECUTION_INCONNUE',
          view.place(row, c.execution.index, 'Exécution'),
          M.unknownExecution(name, executionText),
        );
        ok = false;
      }
    }
    const accountText = r.text(row, c.account);
    const account = accountText || '7087';
    const inst = r.integer(row, c.installments);
    let installments: Service['installments'] = 1;
    if (inst !== null && inst !== undefined) {
      if (inst === 1n || inst === 2n || inst === 4n || inst === 12n)
        installments = Number(inst) as Service['installments'];
      else {
        problems.error(
          'ECHEANCES_INVALIDES',
          view.place(row, c.installments.index, 'Échéances'),
          M.badInstallments(name, String(inst)),
        );
        ok = false;
      }
    } else if (inst === undefined) ok = false;
    if (!ok || !model) {
      refusedNames.push(name);
      continue;
    }
    services.push({
      index: services.length,
      name,
      model,
      key: keyText,
      keyPlace: view.place(row, c.key.index, 'Clé'),
      unit,
      fixedUnitCost: unitCost,
      feeRate: traits?.fee === 'none' ? null : fee,
      settlement: traits?.acSettlement ? settlement : 'titre',
      execution: traits?.execution ? execution : 'conjointe',
      account,
      accountGiven: Boolean(accountText),
      installments,
      convention: r.text(row, c.convention, true) ?? null,
      place,
    });
  }
  return { services, refusedNames };
}
