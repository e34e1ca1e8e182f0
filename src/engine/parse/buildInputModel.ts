/**
 * From the raw workbook to the validated input model: locate tables, parse each one,
 * resolve cross-references and check the rules that span tables (§1). Every problem
 * is recorded; the model is returned only when there is no error.
 */
import type { RawWorkbook } from '../input/rawWorkbook';
import type { ProblemList } from '../problems/problemList';
import { locateTables } from '../input/locateTables';
import { readProblemsOfTablesRead } from '../input/readProblemsOfTablesRead';
import { parseParameters } from './parseParameters';
import { parseMembers } from './parseMembers';
import { parseServices } from './parseServices';
import { parseCharges } from './parseCharges';
import { parseUsages } from './parseUsages';
import { parseParticipants } from './parseAdhesions';
import { parseScenarios } from './parseScenarios';
import { parseAcomptes } from './parseMemberAmounts';
import { parseStandalone } from './parseStandalone';
import { parseSchedule } from './parseSchedule';
import { NameIndex } from './nameIndex';
import { parseTiers } from './parseTiers';
import { parseAdhesionTiers } from './parseAdhesionTiers';
import { warnUnusedTiers } from './warnUnusedTiers';
import { parseHistory } from './parseHistory';
import type { InputModel } from '../domain/inputModel';
import { M } from '../problems/messages';
import { isSupportModel } from '../models/registry';
import { parseVentilations } from './parseVentilations';
import { ventilateSupports } from './ventilateSupports';
import { checkSupportReferences } from './checkSupportReferences';
import { checkUsageUnits } from './checkUsageUnits';
import { checkMemberWarnings } from './checkMemberWarnings';

/**
 * Parses and validates. Returns the model even when errors were found (then partial:
 * refused rows left out), so that later checks can still report their problems; the
 * caller decides from `problems.hasErrors()`. Null only without a usable `Parametres`.
 */
export function buildInputModel(workbook: RawWorkbook, problems: ProblemList): InputModel | null {
  problems.addAll(readProblemsOfTablesRead(workbook));
  const tables = locateTables(workbook, problems);
  const paramView = tables.get('Parametres');
  const parameters = paramView ? parseParameters(paramView, problems) : null;
  const exercice = parameters?.exercice ?? 2000;
  const memberView = tables.get('Membres');
  const { members, criteria } = memberView
    ? parseMembers(memberView, exercice, problems)
    : { members: [], criteria: [] };
  if (memberView && members.length === 0)
    problems.error(
      'MEMBRES_VIDE',
      { table: 'Membres', sheet: memberView.raw.sheet },
      M.noMembers(),
    );
  const serviceView = tables.get('Services');
  const { services, refusedNames } = serviceView
    ? parseServices(serviceView, problems)
    : { services: [], refusedNames: [] };
  if (serviceView && services.length === 0 && refusedNames.length === 0)
    problems.error(
      'SERVICES_VIDE',
      { table: 'Services', sheet: serviceView.raw.sheet },
      M.noServices(),
    );
  const memberIndex = new NameIndex(
    'membre',
    members.map((m) => m.name),
  );
  const serviceIndex = new NameIndex(
    'service',
    services.map((s) => s.name),
    refusedNames,
  );
  const chargeView = tables.get('Charges');
  const charges = chargeView
    ? parseCharges(chargeView, services, serviceIndex, memberIndex, problems)
    : [];
  const usageView = tables.get('Usages');
  const usages = usageView
    ? parseUsages(usageView, serviceIndex, memberIndex, problems)
    : {
        quantities: new Map(),
        unitNames: new Map(),
        positive: [],
        rows: [],
        unitPlace: () => ({ table: 'Usages' }),
      };
  const listed = parseParticipants(
    tables.get('Adhesions'),
    services.length,
    members.length,
    serviceIndex,
    memberIndex,
    problems,
  );
  // A support service has no participants (§6.2): rows naming it are errors, reported here.
  const isSupport = services.map((s) => isSupportModel(s.model));
  const participants = listed.map((list, i) => (isSupport[i] ? [] : list));
  checkSupportReferences(tables, services, serviceIndex, problems);
  const scenarios = parseScenarios(tables.get('Scenarios'), services, serviceIndex, problems);
  const tiers = {
    levels: parseTiers(
      tables.get('Paliers'),
      serviceIndex,
      services.map((s) => s.name),
      problems,
    ),
    adhesions: parseAdhesionTiers(
      tables.get('Adhesions'),
      serviceIndex,
      memberIndex,
      { members: members.map((m) => m.name), services: services.map((s) => s.name) },
      problems,
    ),
  };
  warnUnusedTiers(tiers, services, scenarios, members, problems);
  const history = parseHistory(
    tables.get('Historique'),
    memberIndex,
    services.map((s) => s.name),
    parameters?.rounding ?? { n: 1n, d: 100n },
    problems,
  );
  const standalone = parseStandalone(
    tables.get('CoutsAutonomes'),
    memberIndex,
    members.map((m) => m.name),
    problems,
  );
  checkUsageUnits(usages, services, scenarios, criteria, problems);
  const ventilationView = tables.get('Ventilations');
  const ventilationLinks = ventilationView
    ? parseVentilations(ventilationView, services, serviceIndex, problems)
    : [];
  const acompteView = tables.get('Acomptes');
  const acomptes = acompteView
    ? parseAcomptes(acompteView, memberIndex, serviceIndex, problems)
    : null;

  const porteurs = members.filter((m) => m.porteur);
  for (const extra of porteurs.slice(1))
    problems.error(
      'PORTEURS_MULTIPLES',
      { ...extra.place, column: 'Porteur' },
      M.severalPorteurs(porteurs.map((p) => p.name)),
    );
  const isParticipant = participants.map((list) => new Set(list));
  for (const u of usages.positive) {
    if (!isSupport[u.service] && !isParticipant[u.service]?.has(u.member))
      problems.error(
        'USAGE_HORS_ADHESION',
        u.place,
        M.usageOfNonParticipant(members[u.member]?.name ?? '', services[u.service]?.name ?? ''),
      );
  }
  for (const c of charges) {
    if (c.member !== null && !isSupport[c.service] && !isParticipant[c.service]?.has(c.member)) {
      problems.error(
        'CHARGE_MEMBRE_NON_ADHERENT',
        c.memberPlace,
        M.directChargeOfNonParticipant(
          members[c.member]?.name ?? '',
          services[c.service]?.name ?? '',
        ),
      );
    }
  }
  for (const s of services) {
    if (s.settlement !== 'ac') continue;
    for (const i of participants[s.index] ?? []) {
      const m = members[i];
      if (m && !m.porteur && m.ac === null)
        problems.error('AC_MANQUANTE', m.acPlace, M.missingAc(m.name, s.name));
    }
  }
  checkMemberWarnings(members, services, participants, exercice, problems);
  if (!parameters) return null;
  const ventilation = ventilateSupports(
    parameters,
    services,
    charges,
    ventilationView,
    ventilationLinks,
    problems,
  );
  return {
    parameters,
    members,
    criteria,
    services,
    charges,
    usages: usages.quantities,
    unitNames: usages.unitNames,
    participants,
    scenarios,
    standalone: standalone.members,
    coalitions: standalone.coalitions,
    schedule: parseSchedule(tables.get('Echeancier'), exercice, problems),
    acomptes,
    porteur: porteurs[0]?.index ?? null,
    tiers,
    history,
    ventilation,
  };
}
