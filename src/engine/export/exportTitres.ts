/**
 * The titres export for the finance software (CLI `--export-titres FILE [--profile
 * NAME]`, task pane download): the titre lines of the run as a CSV file in the chosen
 * profile, and in a régularisation the reductions in their own file. Amounts are the
 * result's decimal strings, so the file's total equals Σ titres to the cent. Pure: returns
 * bytes, the shell writes or downloads them.
 */
import { annexSource, OutcomeUseError, type OutcomeForAnnexes } from '../annex/annexSource';
import { sumDecimals } from '../annex/sumDecimals';
import { frMoney } from '../annex/frenchText';
import { EXPORT_PROFILES, DEFAULT_EXPORT_PROFILE, type ExportProfile } from './exportProfiles';
import { findExportProfile } from './findExportProfile';
import { reductionRecords, titreRecords } from './exportRecords';
import { writeCsvFile, type CsvFileResult } from './writeCsvFile';
import { frenchPlural } from './frenchPlural';

/** Something the export changed or found missing, in French. */
export interface ExportNotice {
  readonly severity: 'warning' | 'info';
  readonly code: string;
  readonly message: string;
  readonly count: number;
}

/** One file to write or download. */
export interface ExportFile {
  /** Suggested file name (`titres-2026-generique.csv`). */
  readonly fileName: string;
  /** MIME type with the charset (`text/csv;charset=iso-8859-1`). */
  readonly mediaType: string;
  readonly bytes: Uint8Array;
  /** Data records (header line not counted). */
  readonly rows: number;
  /** Σ of the amount column, decimal string (equals Σ `json.titres` / `json.reductions`). */
  readonly total: string;
}

/** Result of `exportTitres`. */
export interface TitresExport {
  readonly profile: Pick<
    ExportProfile,
    'name' | 'label' | 'description' | 'separator' | 'decimalMark' | 'dateFormat' | 'encoding'
  >;
  readonly titres: ExportFile;
  /** Régularisation runs only (possibly with no data row). */
  readonly reductions: ExportFile | null;
  readonly notices: readonly ExportNotice[];
}

function notices(results: readonly CsvFileResult[], profile: ExportProfile): ExportNotice[] {
  const list: ExportNotice[] = [];
  const truncated = new Map<string, { count: number; maxLength: number }>();
  for (const r of results)
    for (const [header, t] of r.truncated)
      truncated.set(header, {
        count: (truncated.get(header)?.count ?? 0) + t.count,
        maxLength: t.maxLength,
      });
  for (const [header, t] of truncated) {
    list.push({
      severity: 'warning',
      code: 'EXPORT_TEXTE_TRONQUE',
      count: t.count,
      message: `${t.count} ${frenchPlural(t.count, 'valeur')} de la colonne « ${header} » ${frenchPlural(t.count, 'coupée')} à ${t.maxLength} caractères, limite du profil « ${profile.name} ».`,
    });
  }
  const substituted = results.reduce((n, r) => n + r.substituted, 0);
  if (substituted > 0)
    list.push({
      severity: 'info',
      code: 'EXPORT_CARACTERES_TRANSCRITS',
      count: substituted,
      message: `${substituted} ${frenchPlural(substituted, 'caractère')} hors ISO-8859-1 ${frenchPlural(substituted, 'transcrit')} (€ → EUR, ’ → ', – → -, espace fine → espace insécable…).`,
    });
  const neutralised = results.reduce((n, r) => n + r.neutralised, 0);
  if (neutralised > 0)
    list.push({
      severity: 'info',
      code: 'EXPORT_FORMULE_NEUTRALISEE',
      count: neutralised,
      message: `${neutralised} ${frenchPlural(neutralised, 'texte')} commençant par =, +, -, @, une tabulation ou un retour chariot ${frenchPlural(neutralised, 'précédé')} d'une apostrophe, pour qu'un tableur ne ${frenchPlural(neutralised, "l'exécute pas comme une formule", 'les exécute pas comme des formules')}.`,
    });
  const replaced = results.reduce((n, r) => n + r.replaced, 0);
  if (replaced > 0) {
    const samples = [...new Set(results.flatMap((r) => r.replacedSamples))]
      .map((c) => `« ${c} »`)
      .join(', ');
    list.push({
      severity: 'warning',
      code: 'EXPORT_CARACTERES_REMPLACES',
      count: replaced,
      message: `${replaced} ${frenchPlural(replaced, 'caractère')} sans équivalent en ISO-8859-1 ${frenchPlural(replaced, 'remplacé')} par « ? » (${samples}) : corrigez ces textes dans le classeur ou choisissez le profil « generique » (UTF-8).`,
    });
  }
  return list;
}

/** Looks the profile up, or throws with the list of known names. */
function profileNamed(name: string): ExportProfile {
  const profile = findExportProfile(name);
  if (!profile)
    throw new OutcomeUseError(
      `Profil d\u2019export inconnu « ${name} ». Profils disponibles : ${EXPORT_PROFILES.map((p) => p.name).join(', ')}.`,
    );
  return profile;
}

/** The titres (and reductions) files of a valid run in the profile `profileName` (default `generique`). */
export function exportTitres(
  outcome: OutcomeForAnnexes,
  profileName: string = DEFAULT_EXPORT_PROFILE,
): TitresExport {
  const source = annexSource(outcome);
  const { details, json } = source;
  const profile = profileNamed(profileName);
  const charset = profile.encoding === 'utf-8' ? 'utf-8' : 'iso-8859-1';
  const titres = writeCsvFile(profile, profile.titreColumns, titreRecords(source));
  const reductions = details.regularisation
    ? writeCsvFile(profile, profile.reductionColumns, reductionRecords(source))
    : null;
  const list = notices(reductions ? [titres, reductions] : [titres], profile);
  const withoutSiret = [...new Set(json.titres.map((t) => t.debtor))].filter(
    (name) => !details.members.find((m) => m.name === name)?.siret,
  );
  if (withoutSiret.length > 0)
    list.push({
      severity: 'warning',
      code: 'EXPORT_SIRET_ABSENT',
      count: withoutSiret.length,
      message: `${frenchPlural(withoutSiret.length, 'Débiteur')} sans SIRET : ${withoutSiret.join(', ')}. Chorus Pro l\u2019exige pour les débiteurs publics : complétez la colonne SIRET de Membres.`,
    });
  if (!details.issueDate)
    list.push({
      severity: 'info',
      code: 'EXPORT_DATE_EMISSION_ABSENTE',
      count: 1,
      message:
        'Date d\u2019émission absente (paramètre « Date d\u2019émission ») : les titres des périodes que la table Echeancier ne date pas portent le premier jour de leur période.',
    });
  if (json.titres.length === 0)
    list.push({
      severity: 'info',
      code: 'EXPORT_AUCUN_TITRE',
      count: 0,
      message: 'Aucun titre à émettre : le fichier ne contient que la ligne d\u2019en-tête.',
    });
  const total = sumDecimals(
    json.titres.map((t) => t.amount),
    details.rounding,
  );
  const file = (kind: string, bytes: Uint8Array, rows: number, sum: string): ExportFile => ({
    fileName: `${kind}-${details.exercice}-${profile.name}.csv`,
    mediaType: `text/csv;charset=${charset}`,
    bytes,
    rows,
    total: sum,
  });
  const { titreColumns: _t, reductionColumns: _r, bom: _b, ...info } = profile;
  return {
    profile: info,
    titres: file('titres', titres.bytes, json.titres.length, total),
    reductions: reductions
      ? file(
          'reductions',
          reductions.bytes,
          json.reductions.length,
          sumDecimals(
            json.reductions.map((r) => r.amount),
            details.rounding,
          ),
        )
      : null,
    notices: [
      ...list,
      {
        severity: 'info',
        code: 'EXPORT_TOTAL',
        count: json.titres.length,
        message: `${json.titres.length} ${frenchPlural(json.titres.length, 'ligne')} de titres pour ${frMoney(total)} (profil « ${profile.name} »).`,
      },
    ],
  };
}

/** Path of the reductions file next to the titres file: `out/titres.csv` → `out/titres-reductions.csv`. */
export function reductionsPathFor(titresPath: string): string {
  const slash = Math.max(titresPath.lastIndexOf('/'), titresPath.lastIndexOf('\\'));
  const dot = titresPath.lastIndexOf('.');
  return dot > slash + 1
    ? `${titresPath.slice(0, dot)}-reductions${titresPath.slice(dot)}`
    : `${titresPath}-reductions.csv`;
}
