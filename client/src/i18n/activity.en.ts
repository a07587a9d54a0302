// English texts of activity: the same keys as activity.fr.ts.
import type { activityFr } from './activity.fr';

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export const activityEn: Strings<typeof activityFr> = {
  button: 'Activity',
  buttonUnread_one: 'Activity, {{count}} unread',
  buttonUnread_other: 'Activity, {{count}} unread',
  title: 'Activity',
  close: 'Close activity',
  tabs: {
    landscape: 'The landscape',
    following: 'What I follow',
    inbox: 'Inbox',
  },
  since_one: '{{count}} new since your last visit',
  since_other: '{{count}} new since your last visit',
  sinceCapped: 'More than {{cap}} new since your last visit',
  loading: 'Loading…',
  failed: 'The activity could not be loaded.',
  retry: 'Try again',
  more: 'Older',
  loadingMore: 'Loading…',
  empty: {
    landscape: 'Nothing has happened in this landscape yet.',
    following: 'You follow nothing yet: “Follow” in a node’s panel.',
    inbox: 'Nothing new for you.',
  },
  about: '“{{title}}”',
  aboutLink: '“{{source}}” → “{{target}}”',
  show: 'Show on the map',
  unread: 'unread',
  reasons: {
    answer: 'An answer to your question',
    stance: 'A stance on your question',
    following: 'You follow',
  },
  markAllRead: 'Mark all as read',
  follow: 'Follow',
  unfollow: 'Unfollow',
  followHint: 'Changes others make will reach your inbox.',
  followFailed: 'Following could not be changed.',
};
