/**
 * From the parsed input to the solved ventilation of support services (§6.2): each
 * support's direct cost, the links of `Ventilations`, the method; every reason the
 * ventilation cannot be computed becomes a located problem in French.
 */
import type { TableView } from '../input/tableView';
import type {
  Charge,
  Parameters,
  Service,
  Ventilation,
  VentilationLink,
} from '../domain/inputModel';
import type { ProblemList, ProblemPlace } from '../problems/problemList';
import { type Q, ZERO, add, sign } from '../numbers/rational';
import { isSupportModel } from '../models/registry';
import { solveVentilation } from '../ventilation/solveVentilation';
import { frenchMoney } from '../numbers/formatMoney';
import { M } from '../problems/messages';

/** `Méthode de ventilation` as the user writes it. */
export const VENTILATION_METHOD_LABELS: Readonly<Record<Parameters['ventilationMethod'], string>> =
  {
    directe: 'Directe',
    cascade: 'En cascade',
    reciproque: 'Réciproque',
  };

/** `« A », « B » et « C »`. */
function andList(names: readonly string[]): string {
  const quoted = names.map((n) => `« ${n} »`);
  return quoted.length <= 1
    ? quoted.join('')
    : `${quoted.slice(0, -1).join(', ')} et ${quoted[quoted.length - 1]}`;
}

/** Computes the ventilation; null without support services or when a problem prevents it. */
export function ventilateSupports(
  parameters: Parameters,
  services: readonly Service[],
  charges: readonly Charge[],
  view: TableView | undefined,
  links: readonly VentilationLink[],
  problems: ProblemList,
): Ventilation | null {
  const supports = services.filter((s) => isSupportModel(s.model));
  if (supports.length === 0) return null;
  if (!view) {
    // Like any missing table: on the table itself, which is to be created.
    problems.error(
      'VENTILATIONS_MANQUANTES',
      { table: 'Ventilations' },
      M.missingVentilations(andList(supports.map((s) => s.name)), supports.length),
    );
    return null;
  }
  const direct = new Map<number, Q>(supports.map((s) => [s.index, ZERO]));
  for (const c of charges) {
    const d = direct.get(c.service);
    if (d !== undefined && c.eligible) direct.set(c.service, add(d, c.amount));
  }
  let ok = true;
  for (const s of supports) {
    const d = direct.get(s.index) ?? ZERO;
    if (sign(d) < 0) {
      problems.error(
        'COUT_SUPPORT_NEGATIF',
        { ...s.place, column: 'Service' },
        M.negativeSupportCost(s.name, frenchMoney(d, parameters.rounding)),
      );
      ok = false;
    }
  }
  if (!ok) return null;
  const outcome = solveVentilation({
    supports: supports.map((s) => s.index),
    receivers: services.filter((s) => !isSupportModel(s.model)).map((s) => s.index),
    direct,
    links,
    method: parameters.ventilationMethod,
    rounding: parameters.rounding,
  });
  if (outcome.ok) return outcome.ventilation;
  const name = (i: number): string => services[i]?.name ?? '';
  // A support's problem is shown on its first row of `Ventilations`, else on its `Services` row.
  const placeOf = (i: number): ProblemPlace =>
    links.find((l) => l.support === i)?.place ?? services[i]?.place ?? { table: 'Services' };
  for (const f of outcome.failures) {
    if (f.kind === 'lost')
      problems.error('VENTILATION_PERDUE', placeOf(f.support), M.supportCostLost(name(f.support)));
    else if (f.kind === 'no-receiver')
      problems.error(
        'VENTILATION_SANS_RECEVEUR',
        placeOf(f.support),
        M.supportWithoutReceiver(
          name(f.support),
          VENTILATION_METHOD_LABELS[parameters.ventilationMethod],
        ),
      );
    else
      problems.error(
        'VENTILATION_SINGULIERE',
        placeOf(f.supports[0] as number),
        M.singularVentilation(andList(f.supports.map(name))),
      );
  }
  return null;
}
