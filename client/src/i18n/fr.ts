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
  appearance: {
    controls: 'Apparence de la carte',
    colorBy: {
      label: 'Couleur',
      kind: 'Type',
      kindHint: 'Une couleur par type de nœud : question, graine, personne, ressource, communauté d’intérêt.',
      cluster: 'Groupe',
      clusterHint:
        'Une couleur par groupe de nœuds très liés entre eux, calculé (méthode de Louvain) ; ce ne sont pas des communautés d’intérêt.',
    },
    sizeBy: {
      label: 'Taille',
      degree: 'Liens',
      degreeHint: 'Plus un nœud a de liens sur la carte, plus il est gros.',
      betweenness: 'Passerelles',
      betweennessHint:
        'Intermédiarité : plus les plus courts chemins entre deux nœuds passent par celui-ci, plus il est gros.',
      pagerank: 'PageRank',
      pagerankHint: 'Importance d’après les liens reçus et l’importance de ceux qui les envoient.',
    },
    cluster: 'autour de «\u00a0{{title}}\u00a0»',
    otherClusters_one: 'autres : {{count}} petit groupe ou nœud isolé',
    otherClusters_other: 'autres : {{count}} petits groupes ou nœuds isolés',
    clusterNote:
      'Groupes calculés d’après les liens (Louvain), à ne pas confondre avec les communautés d’intérêt.',
    sizeKey: {
      degree: 'Taille : nombre de liens',
      betweenness: 'Taille : intermédiarité (part des plus courts chemins)',
      pagerank: 'Taille : PageRank',
    },
    sizeRange: 'de {{min}} à {{max}}',
    computing: {
      clusters: 'Calcul des groupes…',
      betweenness: 'Calcul de l’intermédiarité…',
      pagerank: 'Calcul du PageRank…',
    },
    slow: 'Sur un paysage de cette taille, ce calcul peut prendre plusieurs minutes ; la carte reste utilisable.',
    failed: 'Le calcul a échoué : la carte garde les couleurs par type et les tailles par nombre de liens.',
  },
  mapTools: {
    label: 'Outils de la carte',
    minimap: {
      label: 'Vue d’ensemble',
      role: 'mini-carte',
      description:
        'Vue d’ensemble du paysage ; le cadre montre la partie affichée. Cliquez ou faites glisser pour y déplacer la carte, ou utilisez les flèches du clavier.',
    },
    refine: {
      start: 'Affiner la disposition',
      stop: 'Arrêter',
      hint: 'Rapproche les nœuds liés (ForceAtlas2), dans votre navigateur. Les positions affinées ne sont pas enregistrées : elles ne valent que pour cette visite.',
      progress: 'Affinage : {{iterations}} / {{budget}} itérations · {{seconds}} s',
      stopped: 'Disposition affinée ({{iterations}} itérations), pour cette visite seulement.',
    },
    export: {
      button: 'Exporter en PNG',
      hint: 'Télécharger la vue actuelle en image PNG, avec sa légende.',
      working: 'Export…',
      failed: 'L’export de l’image a échoué.',
    },
  },
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
