/**
 * Names used across the sample's tables (members, services, levels of the tiered hosting
 * service), each spelled once so that every table refers to the same member or service.
 */
/** Name of the porteur (the EPCI), as written in `Membres`. */
export const SAMPLE_PORTEUR = "Communauté d'agglomération du Val d'Aurèle";

/** Member, as written in `Membres`. */
export const EPCI = SAMPLE_PORTEUR;
/** Member, as written in `Membres`. */
export const SAINT_AURELE = 'Saint-Aurèle';
/** Member, as written in `Membres`. */
export const LAVERGNE = 'Lavergne-les-Prés';
/** Member, as written in `Membres`. */
export const CASTELNAU = "Castelnau-d'Aurèle";
/** Member, as written in `Membres`. */
export const BOIS_JOLY = 'Bois-Joly';
/** Member, as written in `Membres`. */
export const SAINTE_COLOMBE = 'Sainte-Colombe-sur-Aurèle';
/** Member, as written in `Membres`. */
export const PONTVIEUX = 'Pontvieux';
/** Member, as written in `Membres`. */
export const FONTCLAIRE = 'Fontclaire';
/** Member, as written in `Membres`. */
export const ESSARTS = "Les Essarts-d'Aurèle";
/** Member, as written in `Membres`. */
export const ROCHEBRUNE = 'Rochebrune';
/** Member, as written in `Membres`. */
export const VAUDREY = 'Vaudrey';
/** Member, as written in `Membres`. */
export const PUY_MARIN = 'Le Puy-Marin';
/** Member, as written in `Membres`. */
export const MAZEROLLES = 'Mazerolles';
/** Member, as written in `Membres`. */
export const CCAS = 'CCAS de Saint-Aurèle';

/** Billed service, as written in `Services`. */
export const SCI = 'Service commun informatique';
/** Billed service, as written in `Services`. */
export const ASSISTANCE = 'Assistance utilisateurs';
/** Billed service, as written in `Services`. */
export const POSTES = 'Groupement postes de travail';
/** Billed service, as written in `Services`. */
export const MESSAGERIE = 'Messagerie';
/** Billed service, as written in `Services`. */
export const HEBERGEMENT = 'Hébergement et sauvegarde';
/** Billed service, as written in `Services`. */
export const LOGICIELS = 'Logiciels métiers';
/** Billed service, as written in `Services`. */
export const LICENCES = 'Licences bureautiques';
/** Billed service, as written in `Services`. */
export const APPLICATIONS = 'Hébergement applicatif';

/** Level of the tiered hosting service, as written in `Paliers`. */
export const SIMPLE = 'Hébergement simple';
/** Level of the tiered hosting service, as written in `Paliers`. */
export const SAUVEGARDE = 'Sauvegarde externalisée';
/** Level of the tiered hosting service, as written in `Paliers`. */
export const PRA = "Plan de reprise d'activité";
/** Level of the tiered hosting service, as written in `Paliers`. */
export const ASTREINTE = 'Astreinte 24/7';
/** Support service (contract §6.2), as written in `Services`. */
export const DIRECTION = 'Direction de la DSI';
/** Support service (contract §6.2), as written in `Services`. */
export const DATACENTRE = 'Centre de données';
