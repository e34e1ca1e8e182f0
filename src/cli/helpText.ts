/**
 * The CLI's help texts, in French. The list of export profiles comes from the engine's
 * table, so a new profile appears in the help without touching this file.
 */
import { EXPORT_PROFILES } from '../engine';

/** `quote-part --help`. */
export const GENERAL_HELP = `QuotePart : répartition du coût de l'informatique mutualisée entre les membres
d'un organisme public (mise à disposition, service commun, groupement de commandes).

Usage :
  quote-part compute ENTREE.xlsx [-o SORTIE.xlsx] [--json RESULTAT.json]
                     [--report RAPPORT.html] [--export-titres TITRES.csv [--profile NOM]]
                     [--annexe-membre MEMBRE] [--periode PÉRIODE]
                     [--annexe-pdf ANNEXE.pdf [--annexe-pdf-service SERVICE]]
  quote-part --help | quote-part compute --help
  quote-part --version

Commandes :
  compute     calcule les quote-parts, les titres de recettes et les contrôles du classeur
              ENTREE.xlsx et écrit un classeur de résultats (voir quote-part compute --help)

Options :
  -h, --help      affiche cette aide
  -V, --version   affiche la version
`;

const profiles = EXPORT_PROFILES.map(
  (p) => `                               ${p.name.padEnd(10)} ${p.label}`,
).join('\n');

/** `quote-part compute --help`. */
export const COMPUTE_HELP = `Usage : quote-part compute ENTREE.xlsx [options]

Lit les tableaux du classeur ENTREE.xlsx (Parametres, Membres, Services, Charges, Usages…),
calcule les quote-parts au centime près et écrit un classeur de sortie : le classeur
d'entrée inchangé plus les feuilles « QP … » de résultats. Les feuilles « QP … » d'un
calcul précédent sont remplacées ; aucune autre feuille n'est modifiée. Le classeur
d'entrée lui-même n'est jamais modifié (-o ne peut pas le désigner).

Options :
  -o, --output SORTIE.xlsx     classeur de sortie ; par défaut ENTREE-resultats.xlsx,
                               à côté du classeur d'entrée (remplacé s'il existe) ;
                               il garde le type du classeur d'entrée : .xlsm pour un
                               classeur à macros, .xlsx sinon (.xltx/.xltm pour un
                               modèle) ; une autre extension Excel est refusée (code 2)
  --json RESULTAT.json         écrit aussi le résultat en JSON (montants en chaînes
                               décimales), y compris quand le classeur est invalide
  --report RAPPORT.html        écrit le rapport HTML autonome (synthèse, comparaison
                               des scénarios, annexes financières, graphiques),
                               imprimable en PDF depuis un navigateur
  --export-titres TITRES.csv   écrit le fichier d'import des titres pour le logiciel
                               financier ; en régularisation, les réductions vont dans
                               TITRES-reductions.csv, à côté
  --profile NOM                disposition du fichier des titres (avec --export-titres ;
                               par défaut generique) :
${profiles}
  --annexe-membre MEMBRE       ajoute l'annexe de ce membre, tous services confondus :
                               feuille « QP Annexe membre » et, avec --report, dans le
                               rapport ; un nom inconnu est refusé (code 2) avec les
                               noms les plus proches
  --annexe-pdf ANNEXE.pdf      écrit l'annexe financière de la convention en PDF (A4,
                               pages numérotées) : comparaison des scénarios, annexe
                               de chaque service avec ses calculs, bloc « Vu et
                               approuvé » avec une case de signature par partie ;
                               au plus 3 000 lignes de répartition (sinon code 2)
  --annexe-pdf-service SERVICE n'y met que l'annexe de ce service (avec --annexe-pdf) ;
                               un nom inconnu est refusé (code 2) avec les noms les
                               plus proches
  --periode PÉRIODE            n'écrit et n'exporte que les titres de cette période
                               (2026-T2, 2026-S1, 2026, 2026-M07), avec leurs numéros et
                               dates du calcul de l'année entière ; les annexes gardent
                               l'échéancier complet
  --progress                   affiche l'avancement (Lecture… / Calcul… / Écriture…)
                               même pour un petit classeur ; il s'affiche de lui-même
                               au-delà de 5 000 lignes
  -q, --quiet                  n'affiche ni l'avancement, ni le bilan final, ni les
                               informations de l'export (ses avertissements restent)
  -h, --help                   affiche cette aide

Problèmes : chaque problème est écrit sur la sortie d'erreur, une ligne par problème :
  ERREUR [CODE] Table!Ligne/Colonne : message
  AVERTISSEMENT [CODE] Table!Ligne/Colonne : message
(Ligne = numéro de ligne Excel ; les parties inconnues sont omises.) L'export des titres
ajoute ses messages : AVERTISSEMENT [CODE] Export des titres : message (ou INFO).

Codes de sortie :
  0  calcul fait, fichiers écrits (des avertissements sont possibles)
  1  classeur invalide : rien n'est écrit (ni classeur, ni rapport, ni export) hormis
     le JSON (--json), les erreurs sont listées
  2  mauvaise utilisation, rien n'est écrit : option inconnue, profil d'export inconnu,
     --profile sans --export-titres, membre inconnu (--annexe-membre), service
     inconnu ou annexe trop longue (--annexe-pdf), deux sorties sur
     le même fichier ou sur le classeur d'entrée, extension de -o qui ne correspond
     pas au classeur d'entrée (.xlsm/.xlsx), fichier manquant, illisible, endommagé
     ou qui n'est pas un classeur .xlsx, classeur trop volumineux (plus de 256 Mo
     décompressés ; limite réglable par QUOTE_PART_MAX_INFLATED_MB, en Mo), dossier
     de sortie inexistant
  3  erreur interne (à signaler)
Interrompu (Ctrl-C, SIGTERM, SIGHUP), le calcul s'arrête sans rien remplacer : les
fichiers temporaires sont supprimés, les sorties gardent leur contenu d'avant.

Exemples :
  quote-part compute budget-2026.xlsx --json budget-2026.json
  quote-part compute budget-2026.xlsx --report annexes-2026.html --annexe-membre "Saint-Aurèle"
  quote-part compute budget-2026.xlsx --export-titres titres-2026.csv --profile emagnus
  quote-part compute budget-2026.xlsx --annexe-pdf annexe-2026.pdf --annexe-pdf-service "Messagerie"
  quote-part compute budget-2026.xlsx --periode 2026-T2 --export-titres titres-2026-T2.csv
`;
