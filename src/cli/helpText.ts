/**
 * The CLI's help texts, in French.
 */

/** `quote-part --help`. */
export const GENERAL_HELP = `QuotePart : répartition du coût de l'informatique mutualisée entre les membres
d'un organisme public (mise à disposition, service commun, groupement de commandes).

Usage :
  quote-part compute ENTREE.xlsx [-o SORTIE.xlsx] [--json RESULTAT.json]
  quote-part --help | quote-part compute --help
  quote-part --version

Commandes :
  compute     calcule les quote-parts, les titres de recettes et les contrôles du classeur
              ENTREE.xlsx et écrit un classeur de résultats (voir quote-part compute --help)

Options :
  -h, --help      affiche cette aide
  -V, --version   affiche la version
`;

/** `quote-part compute --help`. */
export const COMPUTE_HELP = `Usage : quote-part compute ENTREE.xlsx [options]

Lit les tableaux du classeur ENTREE.xlsx (Parametres, Membres, Services, Charges, Usages…),
calcule les quote-parts au centime près et écrit un classeur de sortie : le classeur
d'entrée inchangé plus les feuilles « QP … » de résultats. Les feuilles « QP … » d'un
calcul précédent sont remplacées ; aucune autre feuille n'est modifiée. Le classeur
d'entrée lui-même n'est jamais modifié (sauf si -o le désigne).

Options :
  -o, --output SORTIE.xlsx   classeur de sortie ; par défaut ENTREE-resultats.xlsx,
                             à côté du classeur d'entrée (remplacé s'il existe)
  --json RESULTAT.json       écrit aussi le résultat en JSON (montants en chaînes
                             décimales), y compris quand le classeur est invalide
  --progress                 affiche l'avancement (Lecture… / Calcul… / Écriture…)
                             même pour un petit classeur ; il s'affiche de lui-même
                             au-delà de 5 000 lignes
  -q, --quiet                n'affiche ni l'avancement ni le bilan final
  -h, --help                 affiche cette aide

Problèmes : chaque problème est écrit sur la sortie d'erreur, une ligne par problème :
  ERREUR [CODE] Table!Ligne/Colonne : message
  AVERTISSEMENT [CODE] Table!Ligne/Colonne : message
(Ligne = numéro de ligne Excel ; les parties inconnues sont omises.)

Codes de sortie :
  0  calcul fait, classeur écrit (des avertissements sont possibles)
  1  classeur invalide : rien n'est écrit hormis le JSON (--json), les erreurs sont listées
  2  mauvaise utilisation : option inconnue, fichier manquant, illisible ou qui n'est pas
     un classeur .xlsx, dossier de sortie inexistant
  3  erreur interne (à signaler)

Exemple :
  quote-part compute budget-2026.xlsx --json budget-2026.json
`;
