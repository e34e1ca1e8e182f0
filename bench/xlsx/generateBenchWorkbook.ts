/**
 * Generates the benchmark input workbook: 35,000 members × 10 services, written by exceljs
 * (shared strings, styles, real Excel tables), as a finance officer's file would look.
 * Usage: node lib/bench/xlsx/generateBenchWorkbook.js OUT.xlsx [members]
 */
import ExcelJS from 'exceljs';

type Row = (string | number | Date | null)[];

function addTable(workbook: ExcelJS.Workbook, name: string, headers: string[], rows: Row[]): void {
  const sheet = workbook.addWorksheet(name);
  sheet.addTable({
    name,
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: headers.map((header) => ({ name: header, filterButton: true })),
    rows,
  });
}

const SERVICES: Row[] = [
  ['Assistance', 'Mise à disposition', null, 'Heures', null, null, null, null, '70846', 1],
  ['Hébergement', 'Mise à disposition', null, 'Go', 0.35, null, null, null, '70846', 4],
  ['Postes de travail', 'Mise à disposition', null, 'Postes', null, null, null, null, '70846', 12],
  [
    'Logiciels métier',
    'Service commun',
    '60% Population + 40% Agents',
    null,
    null,
    '3 %',
    'Titre',
    null,
    '7087',
    4,
  ],
  [
    'Réseau',
    'Service commun',
    'Population',
    null,
    null,
    null,
    'Attribution de compensation',
    null,
    '7087',
    1,
  ],
  ['Téléphonie', 'Service commun', 'Égalitaire', null, null, 0.02, 'Titre', null, '7087', 2],
  ['Cybersécurité', 'Service commun', 'Agents', null, null, null, 'Titre', null, '7087', 12],
  [
    'Licences',
    'Groupement de commandes',
    'Licences',
    null,
    null,
    '1,5 %',
    null,
    'Conjointe',
    '7087',
    1,
  ],
  ['Copieurs', 'Groupement de commandes', 'Copieurs', null, null, null, null, 'Séparée', '7087', 1],
  [
    'Formation',
    'Groupement de commandes',
    'Population',
    null,
    null,
    '2%',
    null,
    'Conjointe',
    '7087',
    1,
  ],
];

const USAGE_UNITS: [string, string][] = [
  ['Assistance', 'Heures'],
  ['Hébergement', 'Go'],
  ['Postes de travail', 'Postes'],
  ['Licences', 'Licences'],
  ['Copieurs', 'Copieurs'],
];

async function main(): Promise<void> {
  const out = process.argv[2] ?? 'bench-35k.xlsx';
  const memberCount = Number(process.argv[3] ?? 35_000);
  const workbook = new ExcelJS.Workbook();
  addTable(
    workbook,
    'Parametres',
    ['Paramètre', 'Valeur'],
    [
      ['Exercice', 2026],
      ['Organisme', 'Communauté de communes du Val'],
      ['Convention', 'Convention de mutualisation 2024-12'],
      ["Date d'émission", new Date(Date.UTC(2026, 2, 31))],
      ['Arrondi', 0.01],
    ],
  );
  const members: Row[] = [];
  for (let i = 0; i < memberCount; i++) {
    const name =
      i === 0 ? 'Communauté de communes du Val' : `Commune ${String(i).padStart(5, '0')}`;
    members.push([
      name,
      i === 0 ? 'EPCI' : 'Commune',
      String(21_000_000_000_000 + i * 17),
      i === 0 ? 'Oui' : null,
      i === 0 ? null : 10_000 + ((i * 7919) % 900_000) / 100,
      i % 500 === 7 ? new Date(Date.UTC(2026, 3, 1)) : null,
      null,
      100 + ((i * 104_729) % 20_000),
      1 + ((i * 31) % 250),
      1 + ((i * 13) % 60),
    ]);
  }
  addTable(
    workbook,
    'Membres',
    [
      'Membre',
      'Type',
      'SIRET',
      'Porteur',
      'Attribution de compensation',
      'Entrée',
      'Sortie',
      'Population',
      'Agents',
      'Postes',
    ],
    members,
  );
  addTable(
    workbook,
    'Services',
    [
      'Service',
      'Modèle',
      'Clé',
      'Unité',
      'Coût unitaire',
      'Frais de gestion',
      'Règlement',
      'Exécution',
      'Compte',
      'Échéances',
    ],
    SERVICES,
  );
  const charges: Row[] = [];
  for (const service of SERVICES) {
    for (let k = 0; k < 10; k++) {
      charges.push([
        service[0] as string,
        `Dépense ${k + 1}`,
        k % 2 === 0 ? 'Personnel' : 'Contrats de services',
        'Fonctionnement',
        250_000.37 + k * 1_234.56,
        k === 9 ? 'Non' : 'Oui',
        null,
      ]);
    }
  }
  addTable(
    workbook,
    'Charges',
    ['Service', 'Libellé', 'Nature', 'Section', 'Montant', 'Éligible', 'Membre'],
    charges,
  );
  const usages: Row[] = [];
  for (const [service, unit] of USAGE_UNITS) {
    for (let i = 0; i < memberCount; i++)
      usages.push([service, members[i]?.[0] as string, unit, ((i * 37) % 97) + 0.5]);
  }
  addTable(workbook, 'Usages', ['Service', 'Membre', 'Unité', 'Quantité'], usages);
  addTable(
    workbook,
    'Scenarios',
    ['Scénario', 'Service', 'Clé'],
    [
      ['Population seule', 'Logiciels métier', 'Population'],
      ['Agents', 'Réseau', 'Agents'],
    ],
  );
  await workbook.xlsx.writeFile(out);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
