// French texts of activity (the feeds, following, the inbox, "since your last visit"): the `activity`
// section of fr.ts, kept in its own file. activity.en.ts has the same keys.
import type { ActivityTab } from '../features/activity';

export const activityFr = {
  button: 'Activité',
  buttonUnread_one: 'Activité, {{count}} non lu',
  buttonUnread_other: 'Activité, {{count}} non lus',
  title: 'Activité',
  close: 'Fermer l’activité',
  tabs: {
    landscape: 'Le paysage',
    following: 'Ce que je suis',
    inbox: 'Boîte de réception',
  } satisfies Record<ActivityTab, string>,
  since_one: '{{count}} nouveauté depuis votre dernière visite',
  since_other: '{{count}} nouveautés depuis votre dernière visite',
  sinceCapped: 'Plus de {{cap}} nouveautés depuis votre dernière visite',
  loading: 'Chargement…',
  failed: 'L’activité n’a pas pu être chargée.',
  retry: 'Réessayer',
  more: 'Plus ancien',
  loadingMore: 'Chargement…',
  empty: {
    landscape: 'Rien ne s’est encore passé dans ce paysage.',
    following: 'Vous ne suivez rien pour l’instant\u00a0: «\u00a0Suivre\u00a0» dans le panneau d’un nœud.',
    inbox: 'Rien de nouveau pour vous.',
  } satisfies Record<ActivityTab, string>,
  /** What an event is about, after its sentence: « Pourquoi semer ? » or « A » → « B ». */
  about: '«\u00a0{{title}}\u00a0»',
  aboutLink: '«\u00a0{{source}}\u00a0» → «\u00a0{{target}}\u00a0»',
  show: 'Voir sur la carte',
  unread: 'non lu',
  reasons: {
    answer: 'Réponse à votre question',
    stance: 'Prise de position sur votre question',
    following: 'Vous suivez',
  },
  markAllRead: 'Tout marquer comme lu',
  follow: 'Suivre',
  unfollow: 'Ne plus suivre',
  followHint: 'Les changements faits par d’autres arriveront dans votre boîte de réception.',
  followFailed: 'Le suivi n’a pas pu être changé.',
};
