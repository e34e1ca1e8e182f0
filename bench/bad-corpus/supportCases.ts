/**
 * Bad-input corpus entries of contract §6.1 (stricter reading) and §6.2 (support
 * services and their ventilation): one `error_*` workbook per new error, each located,
 * and one workbook per new warning. All start from the sample, whose Direction de la DSI
 * (Services row 9) and Centre de données (row 10) serve each other (Ventilations rows
 * 2–6 and 7–10).
 */
import type { SampleTable } from '../../src/workbook/sample/sampleData';
import { SAMPLE_ACOMPTES } from '../../src/workbook/sample/sampleData';
import type { BadCase, Expected } from './badCases';
import { fromSample, tableOf } from './corpusBuilders';

const DIRECTION = 'Direction de la DSI';
const DATACENTRE = 'Centre de données';
const ASSISTANCE = 'Assistance utilisateurs';
const LAVERGNE = 'Lavergne-les-Prés';

const refused = (code: string, table: string, row: number | null, column: string | null) =>
  ({ outcome: 'refused', code, table, row, column }) as const satisfies Expected;
const warned = (warning: string) => ({ outcome: 'accepted', warning }) as const satisfies Expected;

/** The sample's `Ventilations` rows, replaced. */
const ventilations =
  (rows: SampleTable['rows']) =>
  (t: SampleTable[]): void => {
    tableOf(t, 'Ventilations').rows = rows;
  };
const parameter =
  (name: string, value: string) =>
  (t: SampleTable[]): void => {
    tableOf(t, 'Parametres').rows.push([name, value]);
  };

/** The §6.1 and §6.2 corpus entries. */
export const SUPPORT_AND_STRICTER_CASES: readonly BadCase[] = [
  {
    file: 'error_ventilations-manquantes.xlsx',
    description: 'Services supports sans table Ventilations',
    expected: refused('VENTILATIONS_MANQUANTES', 'Ventilations', null, null),
    build: fromSample((t) => {
      t.splice(
        t.findIndex((x) => x.name === 'Ventilations'),
        1,
      );
    }),
  },
  {
    file: 'error_ventilation-singuliere.xlsx',
    description:
      'Deux services supports qui ne se ventilent qu’entre eux (système réciproque singulier)',
    expected: refused('VENTILATION_SINGULIERE', 'Ventilations', 2, 'Service support'),
    build: fromSample(
      ventilations([
        [DIRECTION, DATACENTRE, '10 %'],
        [DATACENTRE, DIRECTION, 1],
      ]),
    ),
  },
  {
    file: 'error_ventilation-perdue.xlsx',
    description: 'Service support sans aucune ventilation (son coût serait perdu)',
    expected: refused('VENTILATION_PERDUE', 'Services', 10, 'Service'),
    build: fromSample((t) => {
      const table = tableOf(t, 'Ventilations');
      table.rows = table.rows.filter((r) => r[0] !== DATACENTRE);
    }),
  },
  {
    file: 'error_ventilation-sans-receveur.xlsx',
    description: 'Méthode Directe et un support qui ne sert qu’un autre support',
    expected: refused('VENTILATION_SANS_RECEVEUR', 'Ventilations', 7, 'Service support'),
    build: fromSample((t) => {
      parameter('Méthode de ventilation', 'Directe')(t);
      const table = tableOf(t, 'Ventilations');
      table.rows = [...table.rows.filter((r) => r[0] === DIRECTION), [DATACENTRE, DIRECTION, 1]];
    }),
  },
  {
    file: 'error_ventilation-pas-support.xlsx',
    description: 'Ventilation depuis un service qui n’est pas un service support',
    expected: refused('VENTILATION_PAS_SUPPORT', 'Ventilations', 11, 'Service support'),
    build: fromSample((t) => tableOf(t, 'Ventilations').rows.push(['Messagerie', ASSISTANCE, 1])),
  },
  {
    file: 'error_ventilation-poids-vide.xlsx',
    description: 'Poids de ventilation vide',
    expected: refused('POIDS_MANQUANT', 'Ventilations', 3, 'Poids'),
    build: fromSample((t) => {
      const row = tableOf(t, 'Ventilations').rows[1];
      if (row) row[2] = null;
    }),
  },
  {
    file: 'error_ventilation-poids-negatif.xlsx',
    description: 'Poids de ventilation négatif',
    expected: refused('POIDS_NEGATIF', 'Ventilations', 8, 'Poids'),
    build: fromSample((t) => {
      const row = tableOf(t, 'Ventilations').rows[6];
      if (row) row[2] = -6;
    }),
  },
  {
    file: 'error_methode-ventilation-inconnue.xlsx',
    description: 'Méthode de ventilation inconnue',
    expected: refused('METHODE_VENTILATION_INCONNUE', 'Parametres', 11, 'Méthode de ventilation'),
    build: fromSample(parameter('Méthode de ventilation', 'Au prorata')),
  },
  {
    file: 'error_support-adhesion.xlsx',
    description: 'Adhésion d’un membre à un service support',
    expected: refused('SERVICE_SUPPORT_INTERDIT', 'Adhesions', 68, 'Service'),
    build: fromSample((t) => tableOf(t, 'Adhesions').rows.push([DIRECTION, LAVERGNE])),
  },
  {
    file: 'error_support-charge-membre.xlsx',
    description: 'Charge d’un service support imputée à un membre',
    expected: refused('SERVICE_SUPPORT_INTERDIT', 'Charges', 36, 'Service'),
    build: fromSample((t) =>
      tableOf(t, 'Charges').rows.push([
        DATACENTRE,
        'Baie dédiée',
        'Autre',
        'Fonctionnement',
        1200,
        null,
        LAVERGNE,
      ]),
    ),
  },
  {
    file: 'error_support-usage.xlsx',
    description: 'Usage déclaré sur un service support',
    expected: refused('SERVICE_SUPPORT_INTERDIT', 'Usages', 53, 'Service'),
    build: fromSample((t) => tableOf(t, 'Usages').rows.push([DATACENTRE, LAVERGNE, 'baie', 1])),
  },
  {
    file: 'error_support-cout-negatif.xlsx',
    description: 'Coût direct négatif d’un service support',
    expected: refused('COUT_SUPPORT_NEGATIF', 'Services', 10, 'Service'),
    build: fromSample((t) =>
      tableOf(t, 'Charges').rows.push([
        DATACENTRE,
        'Subvention régionale',
        'Autre',
        'Fonctionnement',
        -100000,
        null,
        null,
      ]),
    ),
  },
  {
    file: 'error_usage-unite-inconnue.xlsx',
    description: 'Unité de Usages utilisée par aucun service (« heures » pour « heure »)',
    expected: refused('USAGE_UNITE_INCONNUE', 'Usages', 53, 'Unité'),
    build: fromSample((t) => tableOf(t, 'Usages').rows.push([ASSISTANCE, LAVERGNE, 'heures', 3])),
  },
  {
    file: 'usages-unite-autre-service.xlsx',
    description: 'Unité de Usages utilisée par un autre service seulement (ligne sans effet)',
    expected: warned('USAGE_UNITE_AUTRE_SERVICE'),
    build: fromSample((t) => tableOf(t, 'Usages').rows.push([ASSISTANCE, LAVERGNE, 'licence', 2])),
  },
  {
    file: 'services-support-colonne-ignoree.xlsx',
    description: 'Échéances renseignées sur un service support (ignorées, non validées)',
    expected: warned('COLONNE_IGNOREE_SUPPORT'),
    build: fromSample((t) => {
      const services = tableOf(t, 'Services');
      const row = services.rows.find((r) => r[0] === DIRECTION);
      if (row) row[services.headers.indexOf('Échéances')] = 3;
    }),
  },
  {
    file: 'ventilations-sur-soi.xlsx',
    description: 'Ventilation d’un service support sur lui-même (ignorée)',
    expected: warned('VENTILATION_SUR_SOI'),
    build: fromSample((t) => tableOf(t, 'Ventilations').rows.push([DATACENTRE, DATACENTRE, 2])),
  },
  {
    file: 'membres-hors-exercice.xlsx',
    description: 'Membre sorti avant l’exercice mais encore adhérent',
    expected: warned('MEMBRE_HORS_EXERCICE'),
    build: fromSample((t) => {
      const membres = tableOf(t, 'Membres');
      const row = membres.rows.find((r) => r[0] === 'Mazerolles');
      if (row) row[membres.headers.indexOf('Sortie')] = { kind: 'date', iso: '2025-12-31' };
    }),
  },
  {
    file: 'acomptes-en-double.xlsx',
    description: 'Deux lignes d’acompte identiques (ligne en double ?)',
    expected: warned('ACOMPTE_EN_DOUBLE'),
    build: fromSample(() => undefined, undefined, [
      { ...SAMPLE_ACOMPTES, rows: [...SAMPLE_ACOMPTES.rows, [LAVERGNE, ASSISTANCE, 14000]] },
    ]),
  },
];
