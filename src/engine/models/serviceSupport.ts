/**
 * Service support (contract §6.2): a service that serves other services rather than
 * members — the IT department's management, the data centre, the help desk. It has no
 * participants and bills nothing: its direct cost is ventilated over the services that
 * use it (`Ventilations`, see `ventilation/solveVentilation.ts`) before those are shared
 * among members. What makes a model a support is said here and in its registry row.
 */

/**
 * `Services` columns a support ignores: a warning when one is given, never validated
 * (§6.6: a bad `Échéances` there is the same warning, not an error). `Coût unitaire`,
 * `Compte` and `Convention` are ignored silently.
 */
export const SUPPORT_IGNORED_COLUMNS = [
  'Clé',
  'Unité',
  'Règlement',
  'Exécution',
  'Échéances',
  'Frais de gestion',
] as const;

/**
 * Tables whose rows may not name a support service (§6.2), and for `Charges`, only the
 * rows with a `Membre`: a support has no member to take part, use, pay or owe anything.
 */
export const SUPPORT_FORBIDDEN_REFERENCES = [
  { table: 'Adhesions', onlyWithMember: false },
  { table: 'Usages', onlyWithMember: false },
  { table: 'Scenarios', onlyWithMember: false },
  { table: 'Acomptes', onlyWithMember: false },
  { table: 'Charges', onlyWithMember: true },
] as const;
