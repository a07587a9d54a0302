// French texts of the page (the reference: en.ts must have exactly the same keys).

import type { Kind, Relation, Role, Stance } from '../../../shared/vocabulary';
import type { ApiErrorCode } from '../api/errors';

const relation = (out: string, incoming: string) => ({ out, in: incoming });

export const fr = {
  app: {
    title: 'Semis',
    tagline: 'Le paysage des connaissances',
  },
  languages: { label: 'Langue', fr: 'Français', en: 'English' },
  search: {
    label: 'Rechercher dans le paysage',
    placeholder: 'Rechercher une question, une graine, une personne…',
    results: 'Résultats de la recherche',
    searching: 'Recherche…',
    empty: 'Aucun résultat pour «\u00a0{{query}}\u00a0»',
  },
  map: {
    label: 'Carte du paysage des connaissances',
    loading: 'Chargement du paysage…',
    empty: 'Le paysage est vide pour l’instant.',
    truncated: '{{shown}} nœuds affichés sur {{total}} (les plus reliés).',
    loadFailed: 'Le paysage n’a pas pu être chargé.',
    retry: 'Réessayer',
  },
  legend: { title: 'Légende' },
  panel: {
    label: 'Détails',
    close: 'Fermer le panneau',
    loading: 'Chargement…',
    loadFailed: 'Les détails n’ont pas pu être chargés.',
    status: 'Statut',
    resourceKind: 'Type',
    openLink: 'Ouvrir le lien',
    relations: 'Liens',
    noRelations: 'Aucun lien pour l’instant.',
    notOnMap: 'Ce nœud ne figure pas sur la carte affichée.',
  },
  paths: {
    from: 'Chemin depuis ce nœud',
    to: 'Chemin jusqu’ici',
    title: 'Chemin entre deux nœuds',
    close: 'Fermer la recherche de chemin',
    start: 'Départ',
    end: 'Arrivée',
    chooseEnd:
      'Choisissez un autre nœud (sur la carte ou par la recherche), puis «\u00a0Chemin jusqu’ici\u00a0».',
    max: 'Étapes au plus',
    searching: 'Recherche du chemin…',
    loadFailed: 'Le chemin n’a pas pu être cherché.',
    found_one: 'Le plus court chemin compte {{count}} étape.',
    found_other: 'Le plus court chemin compte {{count}} étapes.',
    several_one: '{{count}} chemin aussi court :',
    several_other: '{{count}} chemins aussi courts :',
    choice: 'Chemin {{index}} sur {{count}}',
    none_one: 'Aucun chemin en {{count}} étape au plus.',
    none_other: 'Aucun chemin en {{count}} étapes au plus.',
    noneHint: 'Augmentez le nombre d’étapes pour chercher plus loin.',
    notOnMap: 'hors carte',
    step: '«\u00a0{{source}}\u00a0» {{relation}} «\u00a0{{target}}\u00a0»',
  },
  kinds: {
    Question: 'Question',
    Seed: 'Graine',
    Person: 'Personne',
    Resource: 'Ressource',
    Community: 'Communauté d’intérêt',
  } satisfies Record<Kind, string>,
  relations: {
    GROWS_FROM: relation('Germe de', 'Graines nées de cette question'),
    REFINES: relation('Précise', 'Précisée par'),
    REFRAMES: relation('Reformule', 'Reformulée par'),
    CHALLENGES: relation('Conteste', 'Contestée par'),
    PRESUPPOSES: relation('Présuppose', 'Présupposée par'),
    ECHOES: relation('Fait écho à', 'Trouve un écho dans'),
    EXPLORED_IN: relation('Explorée dans', 'Explore'),
    DERIVED_FROM: relation('Dérivée de', 'A donné naissance à'),
    HAS_ROLE: relation('A un rôle dans', 'Personnes impliquées'),
    ASKED: relation('A posé', 'Posée par'),
    INFORMS: relation('Éclaire', 'Éclairée par'),
    TAKES_STANCE: relation('Prend position sur', 'Prises de position'),
    PROMPTED: relation('A suscité', 'Suscitée par'),
    RESOURCE_PERSON_FOR: relation('Personne ressource de', 'Personnes ressources'),
    GATHERS: relation('Rassemble', 'Rassemblée dans'),
    MEMBER_OF: relation('Membre de', 'Membres'),
    ANIMATES: relation('Anime', 'Animée par'),
  } satisfies Record<Relation, { out: string; in: string }>,
  roles: {
    author: 'auteur',
    editor: 'éditeur',
    contributor: 'contributeur',
    animator: 'animateur',
    member: 'membre',
  } satisfies Record<Role, string>,
  stances: { supports: 'soutient', challenges: 'conteste', nuances: 'nuance' } satisfies Record<
    Stance,
    string
  >,
  statuses: {
    open: 'ouverte',
    explored: 'explorée',
    seeded: 'a germé',
    germinating: 'en germination',
    active: 'active',
    dormant: 'en dormance',
  },
  resourceKinds: {
    web: 'page web',
    photo: 'photo',
    video: 'vidéo',
    audio: 'audio',
    document: 'document',
    book: 'livre',
  },
  errors: {
    VALIDATION_FAILED: 'La demande n’est pas valide.',
    MALFORMED_JSON: 'La demande est mal formée.',
    PAYLOAD_TOO_LARGE: 'La demande est trop volumineuse.',
    UNSUPPORTED_MEDIA_TYPE: 'Le format de la demande n’est pas pris en charge.',
    RELATION_NOT_ALLOWED: 'Ce lien n’est pas permis entre ces deux nœuds.',
    NOT_FOUND: 'Ce nœud n’existe pas ou plus.',
    ROUTE_NOT_FOUND: 'Cette adresse de l’API n’existe pas.',
    CONFLICT: 'Cela existe déjà.',
    PRECONDITION_FAILED: 'Quelqu’un a modifié ce nœud entre-temps.',
    PRECONDITION_REQUIRED: 'La version du nœud manque à la demande.',
    DATABASE_UNAVAILABLE:
      'La base de données est momentanément injoignable. Réessayez dans quelques secondes.',
    INTERNAL: 'Une erreur est survenue sur le serveur.',
    NETWORK_ERROR: 'Le serveur est injoignable. Vérifiez votre connexion.',
    BAD_RESPONSE: 'Le serveur a envoyé une réponse inattendue.',
    UNEXPECTED: 'Une erreur inattendue est survenue dans la page.',
  } satisfies Record<ApiErrorCode, string>,
};

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
/** The shape every language's texts must have. */
export type Translation = Strings<typeof fr>;
