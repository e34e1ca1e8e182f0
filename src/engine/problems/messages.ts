/**
 * Every French message of the engine, in one place: each says what is wrong and what
 * to fix. Codes are stable (documented in docs/problemes.md); wording may improve.
 */

const near = (list: string): string => (list ? ` Noms proches : ${list}.` : '');

/** Message builders, by problem. */
export const M = {
  missingTable: (t: string) =>
    `La table « ${t} » est introuvable : créez un tableau Excel nommé « ${t} » (ou une feuille de ce nom dont la première ligne porte les en-têtes).`,
  duplicateHeader: (t: string, h: string) =>
    `La colonne « ${h} » apparaît deux fois dans la table « ${t} » : renommez ou supprimez l'une des deux.`,
  missingColumn: (t: string, h: string, n: string) =>
    `La colonne obligatoire « ${h} » manque dans la table « ${t} ».${n ? ` En-têtes proches trouvés : ${n} — corrigez l'orthographe.` : ' Ajoutez-la.'}`,
  errorValue: (t: string, c: string, code: string, informative: boolean) =>
    informative
      ? `La cellule « ${c} » de la table « ${t} » contient l'erreur Excel ${code} : elle est ignorée (colonne informative), corrigez la formule.`
      : `La cellule « ${c} » de la table « ${t} » contient l'erreur Excel ${code} : corrigez la formule ou saisissez une valeur.`,
  notANumber: (c: string, v: string) =>
    `« ${v} » n'est pas un nombre (colonne « ${c} ») : saisissez un nombre, par exemple 1234,50.`,
  commaAndDot: (c: string, v: string) =>
    `« ${v} » contient à la fois une virgule et un point (colonne « ${c} ») : écrivez 1234,50 ou 1 234,50, sans point des milliers.`,
  percentNotAllowed: (c: string, v: string) =>
    `« ${v} » est un pourcentage, mais la colonne « ${c} » attend un montant ou une quantité : retirez le signe %.`,
  amountOutOfRange: (c: string, v: string) =>
    `Le montant « ${v.length > 40 ? `${v.slice(0, 40)}…` : v} » (colonne « ${c} ») dépasse 1 000 milliards d'euros : vérifiez la saisie (faute de frappe ?).`,
  notABoolean: (c: string, v: string) =>
    `« ${v} » n'est pas une réponse Oui/Non (colonne « ${c} ») : écrivez Oui ou Non.`,
  notADate: (c: string, v: string) =>
    `« ${v} » n'est pas une date (colonne « ${c} ») : saisissez une date au format JJ/MM/AAAA.`,
  notAnInteger: (c: string, v: string) => `« ${v} » n'est pas un nombre entier (colonne « ${c} »).`,
  unknownParameter: (p: string, n: string) =>
    `Le paramètre « ${p} » est inconnu et sera ignoré.${near(n)}`,
  duplicateParameter: (p: string) =>
    `Le paramètre « ${p} » est donné deux fois : gardez une seule ligne.`,
  parameterMustBePositive: (p: string) => `Le paramètre « ${p} » doit être un nombre positif.`,
  missingExercice: () =>
    `Le paramètre « Exercice » (année budgétaire, par exemple 2026) est obligatoire : ajoutez-le dans la table « Parametres ».`,
  badExercice: (v: string) =>
    `L'exercice « ${v} » n'est pas une année valide : saisissez l'année budgétaire, par exemple 2026.`,
  unknownRoundingMethod: (v: string) =>
    `Méthode d'arrondi « ${v} » inconnue : écrivez « Plus forts restes » ou « Ligne à ligne ».`,
  memberWithoutName: () =>
    `Une ligne de la table « Membres » n'a pas de nom : renseignez la colonne « Membre » ou supprimez la ligne.`,
  duplicateMember: (m: string, first: string) =>
    `Le membre « ${m} » est en double (déjà déclaré comme « ${first} ») : chaque membre doit être unique.`,
  unknownType: (t: string) =>
    `Type « ${t} » inconnu : utilisez Commune, EPCI, Syndicat, CCAS, Hôpital, État, Département, Région ou Autre.`,
  badSiret: (s: string, siren: boolean) =>
    siren
      ? `« ${s} » est un SIREN (9 chiffres) : le titre exige le SIRET à 14 chiffres de l'établissement.`
      : `Le SIRET « ${s} » ne compte pas 14 chiffres : vérifiez-le (il est repris sur les titres).`,
  unknownRequestedPeriod: (v: string, exercice: number) =>
    `« ${v} » n'est pas une période de l'exercice ${exercice} : demandez « ${exercice} », « ${exercice}-S1 » ou « S2 », « ${exercice}-T1 » à « T4 », ou « ${exercice}-M01 » à « M12 ».`,
  unknownNumbering: (v: string) =>
    `« ${v} » n'est pas une numérotation connue (paramètre « Numérotation ») : indiquez « Continue » (une suite de numéros pour l'exercice) ou « Par période » (la suite reprend à « Premier numéro de titre » à chaque période).`,
  unknownSchedulePeriod: (v: string, allowed: string) =>
    `La période « ${v} » (table Echeancier) n'est pas une période de l'exercice : indiquez l'une de ${allowed}.`,
  duplicateSchedulePeriod: (v: string) =>
    `La période « ${v} » figure deux fois dans la table Echeancier : gardez une seule date d'émission par période.`,
  missingScheduleDate: (v: string) =>
    `La période « ${v} » (table Echeancier) n'a pas de date d'émission : saisissez une date au format JJ/MM/AAAA.`,
  entryAfterExit: (m: string, e: string, s: string) =>
    `La date d'entrée de « ${m} » (${e}) est postérieure à sa date de sortie (${s}) : corrigez l'une des deux.`,
  serviceWithoutName: () =>
    `Une ligne de la table « Services » n'a pas de nom : renseignez la colonne « Service » ou supprimez la ligne.`,
  duplicateService: (s: string, first: string) =>
    `Le service « ${s} » est en double (déjà déclaré comme « ${first} ») : chaque service doit être unique.`,
  missingModel: (s: string, models: string) =>
    `Le service « ${s} » n'a pas de modèle : indiquez ${models}.`,
  unknownModel: (s: string, v: string, models: string) =>
    `Modèle « ${v} » inconnu pour le service « ${s} » : indiquez ${models}.`,
  missingUnit: (s: string) =>
    `Le service « ${s} » est une mise à disposition : indiquez son unité de fonctionnement (heure, poste, ticket…) dans la colonne « Unité ».`,
  feeIgnoredOnMad: (s: string) =>
    `Des frais de gestion sont indiqués pour la mise à disposition « ${s} » : ils sont ignorés (le remboursement est le coût unitaire × unités, CGCT D5211-16).`,
  missingKey: (s: string) =>
    `Le service « ${s} » n'a pas de clé de répartition : indiquez par exemple « Population » ou « 60% Population + 40% Agents ».`,
  negativeUnitCost: (s: string) =>
    `Le coût unitaire du service « ${s} » est négatif : corrigez-le.`,
  badFeeRate: (s: string) =>
    `Les frais de gestion du service « ${s} » doivent être un taux entre 0 et 1 (par exemple 3 % ou 0,03).`,
  unknownSettlement: (s: string, v: string) =>
    `Règlement « ${v} » inconnu pour « ${s} » : écrivez « Titre » ou « Attribution de compensation ».`,
  acOnlyForServiceCommun: (s: string) =>
    `Le règlement par attribution de compensation n'est possible que pour un service commun (« ${s} ») : écrivez « Titre » ou changez le modèle.`,
  unknownExecution: (s: string, v: string) =>
    `Exécution « ${v} » inconnue pour « ${s} » : écrivez « Conjointe » ou « Séparée ».`,
  badInstallments: (s: string, v: string) =>
    `Nombre d'échéances « ${v} » invalide pour « ${s} » : choisissez 1, 2, 4 ou 12.`,
  unknownMember: (m: string, n: string) =>
    `Le membre « ${m} » n'existe pas dans la table « Membres ».${near(n)}`,
  unknownService: (s: string, n: string) =>
    `Le service « ${s} » n'existe pas dans la table « Services ».${near(n)}`,
  groupMemberTwice: (g: string, m: string) =>
    `Le groupe « ${g} » (table « CoutsAutonomes ») nomme deux fois « ${m} » : chaque membre n'y figure qu'une fois.`,
  duplicateGroup: (g: string, other: string, row: number | null) =>
    `Le groupe « ${g} » réunit les mêmes membres que « ${other} »${row ? ` (ligne ${row})` : ''} dans « CoutsAutonomes » : gardez une seule ligne par groupe.`,
  blankAmount: (t: string) =>
    `Le montant est vide (table « ${t} ») : saisissez 0 si la ligne ne coûte rien.`,
  missingServiceName: (t: string) =>
    `Le service n'est pas indiqué (table « ${t} ») : renseignez la colonne « Service ».`,
  missingMemberName: (t: string) =>
    `Le membre n'est pas indiqué (table « ${t} ») : renseignez la colonne « Membre ».`,
  directChargeOnMad: (s: string) =>
    `Une charge propre à un membre n'est pas possible pour la mise à disposition « ${s} » (coût unitaire × unités) : videz la colonne « Membre ».`,
  missingUsageUnit: () =>
    `L'unité n'est pas indiquée (table « Usages ») : renseignez la colonne « Unité ».`,
  blankQuantity: () =>
    `La quantité est vide (table « Usages ») : saisissez 0 si le membre n'a rien consommé.`,
  negativeQuantity: () =>
    `Une quantité ne peut pas être négative (table « Usages ») : corrigez-la.`,
  scenarioWithoutName: () => `Une ligne de la table « Scenarios » n'a pas de nom de scénario.`,
  referenceIsReserved: () =>
    `« Référence » est le nom réservé du cas de base : donnez un autre nom à ce scénario.`,
  scenarioOnMad: (sc: string, s: string) =>
    `Le scénario « ${sc} » modifie « ${s} », une mise à disposition sans clé : la ligne ne change rien.`,
  scenarioWithoutKey: (sc: string, s: string) =>
    `Le scénario « ${sc} » ne donne pas de clé pour « ${s} » : renseignez la colonne « Clé ».`,
  scenarioServiceTwice: (sc: string, s: string) =>
    `Le scénario « ${sc} » donne deux clés pour « ${s} » : gardez une seule ligne.`,
  noMembers: () => `La table « Membres » ne contient aucun membre.`,
  noServices: () => `La table « Services » ne contient aucun service.`,
  severalPorteurs: (names: string[]) =>
    `Plusieurs membres sont porteurs (${names.join(', ')}) : un seul membre peut porter les services et émettre les titres.`,
  usageOfNonParticipant: (m: string, s: string) =>
    `« ${m} » a une quantité pour « ${s} » sans y adhérer : ajoutez l'adhésion dans « Adhesions » ou mettez la quantité à 0.`,
  directChargeOfNonParticipant: (m: string, s: string) =>
    `Une charge est imputée à « ${m} » pour « ${s} », auquel il n'adhère pas : ajoutez l'adhésion ou corrigez le membre.`,
  missingAc: (m: string, s: string) =>
    `L'attribution de compensation de « ${m} » est vide alors que « ${s} » est réglé sur l'AC : saisissez son AC (0 si aucune).`,
  // §6.1 stricter reading
  usageUnitUnused: (u: string, s: string, units: string) =>
    `L'unité « ${u} » n'est utilisée par aucun service : cette quantité ne serait facturée à personne.${units ? ` Le service « ${s} » utilise : ${units} — corrigez l'unité.` : ` Le service « ${s} » n'utilise aucune unité : supprimez la ligne ou ajoutez l'unité à sa clé.`}`,
  usageUnitOfOtherService: (u: string, s: string, units: string) =>
    `L'unité « ${u} » n'est pas utilisée par « ${s} » (mais l'est par un autre service) : la ligne ne compte pour rien.${units ? ` « ${s} » utilise : ${units}.` : ''} Vérifiez le service ou l'unité.`,
  presenceOutsideExercice: (m: string, dates: string, e: number) =>
    `« ${m} » (${dates}) n'est présent à aucun jour de l'exercice ${e} mais adhère à des services : sa quote-part est nulle ; vérifiez ses dates ou ses adhésions.`,
  duplicateAcompte: (m: string, s: string, a: string) =>
    `Deux lignes d'acompte identiques pour « ${m} » et « ${s} » (${a}) : ligne en double ? Elles sont additionnées.`,
  porteurTypeUnexpected: (p: string, t: string, s: string, expected: string) =>
    `Le porteur « ${p} » est de type « ${t} » alors que « ${s} » est porté par un ${expected}${expected === 'EPCI' ? ' et ses communes (service commun, CGCT L5211-4-2)' : ''} : vérifiez le type ou le modèle.`,
  acMemberNotCommune: (m: string, t: string) =>
    `« ${m} » est réglé sur l'attribution de compensation mais est de type « ${t} » : l'AC ne concerne que les communes membres d'un EPCI à fiscalité propre. Vérifiez le type ou le règlement.`,
  // §6.2 support services and their ventilation
  unknownVentilationMethod: (v: string) =>
    `Méthode de ventilation « ${v} » inconnue : écrivez « Réciproque », « En cascade » ou « Directe ».`,
  supportColumnIgnored: (s: string, c: string) =>
    `La colonne « ${c} » est renseignée pour le service support « ${s} » : elle est ignorée (un service support ne facture aucun membre, son coût est ventilé sur les autres services).`,
  supportNamedIn: (s: string, t: string) =>
    `« ${s} » est un service support : il n'a ni adhérent, ni usage, ni clé, ni acompte, ni coût propre à un membre. Retirez cette ligne de « ${t} » ou rattachez-la au service qui en bénéficie.`,
  negativeSupportCost: (s: string, a: string) =>
    `Le coût direct du service support « ${s} » est négatif (${a}) : un service support ne peut ventiler qu'un coût positif ou nul. Vérifiez ses charges.`,
  missingVentilations: (names: string, count: number) =>
    `La table « Ventilations » est introuvable alors que ${names} ${count > 1 ? 'sont des services support' : 'est un service support'} : créez-la (colonnes Service support, Service, Poids) pour dire sur quels services ventiler leur coût.`,
  notASupport: (s: string, m: string) =>
    `« ${s} » n'est pas un service support (modèle ${m}) : la colonne « Service support » de « Ventilations » doit nommer un service de modèle « Service support ».`,
  blankWeight: () =>
    `Le poids de cette ventilation est vide : saisissez un nombre (heures, postes, part…) ou 0.`,
  negativeWeight: () => `Le poids d'une ventilation doit être positif ou nul.`,
  selfVentilation: (s: string) => `Cette ligne ventile « ${s} » sur lui-même : elle est ignorée.`,
  supportCostLost: (s: string) =>
    `Le service support « ${s} » n'a aucune ventilation de poids non nul : son coût serait perdu. Ajoutez dans « Ventilations » les services qui l'utilisent.`,
  supportWithoutReceiver: (s: string, method: string) =>
    `Avec la méthode « ${method} », le service support « ${s} » n'a plus aucun service receveur : son coût serait perdu. Ajoutez une ventilation vers ${method === 'Directe' ? 'un service non support' : 'un service non support ou un service support placé après lui dans « Services »'}, ou changez de méthode.`,
  singularVentilation: (names: string) =>
    `Les services support ${names} se ventilent entre eux sans jamais atteindre un service non support : leur coût tournerait en rond (système de ventilation réciproque sans solution). Ajoutez une ventilation de l'un d'eux vers un service facturé aux membres.`,
  criterionNotNumeric: (c: string, s: string) =>
    `La colonne « ${c} » de « Membres », utilisée dans la clé de « ${s} », contient une valeur non numérique : corrigez cette cellule.`,
  negativeCriterion: (c: string, m: string) =>
    `La valeur de « ${c} » de « ${m} » est négative : un critère de répartition doit être positif ou nul.`,
  unknownCriterion: (c: string, s: string, n: string) =>
    `Le critère « ${c} » de la clé de « ${s} » n'est ni « Égalitaire », ni une colonne numérique de « Membres », ni une unité de « Usages » pour ce service.${near(n)}`,
  invalidKey: (k: string, s: string, reason: string) =>
    `La clé « ${k} » du service « ${s} » est invalide : ${reason}.`,
  criterionTotalZero: (c: string, s: string) =>
    `Le critère « ${c} » vaut 0 pour tous les participants de « ${s} » : il ne peut pas répartir de coût. Renseignez les valeurs ou retirez-le de la clé.`,
  tierWithoutName: () =>
    `Une ligne de la table « Paliers » n'a pas de nom de palier : renseignez la colonne « Palier ».`,
  blankTierCost: () =>
    `Le coût du palier est vide (table « Paliers ») : saisissez le coût cumulé de ce palier et de ceux en dessous (0 s'il ne coûte rien).`,
  negativeTierCost: (l: string) =>
    `Le coût du palier « ${l} » est négatif : saisissez le coût cumulé de ce palier et de ceux en dessous, positif ou nul.`,
  duplicateTier: (l: string, s: string) =>
    `Le palier « ${l} » apparaît deux fois pour « ${s} » dans « Paliers » : chaque palier d'un service porte un nom unique.`,
  conflictingTiers: (m: string, s: string, a: string, b: string) =>
    `« ${m} » a deux paliers différents pour « ${s} » dans « Adhesions » (« ${a} » et « ${b} ») : gardez-en un seul.`,
  tiersWithoutLevels: (s: string) =>
    `La clé de « ${s} » utilise le critère « Paliers », mais la table « Paliers » ne donne aucun palier pour ce service : ajoutez ses paliers et leurs coûts cumulés.`,
  noAdhesionsForTiers: (s: string) =>
    `La clé de « ${s} » utilise le critère « Paliers », mais ce service n'a aucune ligne dans « Adhesions » : ajoutez une ligne par participant avec son palier.`,
  missingMemberTier: (m: string, s: string, known: string) =>
    `« ${m} » participe à « ${s} », dont la clé utilise « Paliers », sans palier : indiquez-le dans la colonne « Palier » de « Adhesions » (paliers du service : ${known}).`,
  unknownMemberTier: (l: string, s: string, known: string) =>
    `Le palier « ${l} » n'existe pas pour « ${s} » dans la table « Paliers » : corrigez-le (paliers du service : ${known}).`,
  tierIgnored: (m: string, s: string) =>
    `« ${m} » a un palier pour « ${s} », dont aucune clé n'utilise « Paliers » : ce palier est ignoré.`,
  noUnitsForMad: (s: string, u: string) =>
    `Aucune unité « ${u} » n'est déclarée pour « ${s} » : le coût unitaire ne peut pas être calculé. Saisissez les usages ou un coût unitaire fixé par la convention.`,
  negativeBilled: (m: string, s: string, a: string) =>
    `Le montant à facturer à « ${m} » pour « ${s} » est négatif (${a}) : aucune ligne de titre n'est émise ; un remboursement passe par une réduction ou un mandat.`,
  acompteNotBilled: (m: string, s: string) =>
    `Un acompte est déclaré pour « ${m} » et « ${s} », qui ne lui est pas facturé : il n'est pas pris en compte.`,
  belowFloor: (m: string, a: string, f: string) =>
    `Le reste à facturer à « ${m} » (${a}) est sous le seuil de mise en recouvrement (${f}, CGCT D1611-1) : il n'est pas émis.`,
  missingPorteur: () =>
    `Aucun membre n'est porteur alors que des montants sont à facturer : indiquez « Oui » dans la colonne « Porteur » du membre qui émet les titres.`,
} as const;
