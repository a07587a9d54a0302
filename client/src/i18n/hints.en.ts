// English texts of hints and traces: the same keys as hints.fr.ts.
import type { hintsFr } from './hints.fr';

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export const hintsEn: Strings<typeof hintsFr> = {
  open: 'Where to help?',
  openHint: 'Show where a contribution is missing: questions without a resource, seeds without an animator…',
  title: 'Where to help?',
  close: 'Close “Where to help?”',
  loading: 'Looking for what is missing…',
  failed: 'The hints could not be loaded.',
  retry: 'Retry',
  none: 'Nothing is missing for now: everything has its resource, its animator and its questions.',
  all_one: 'See all ({{count}})',
  all_other: 'See all ({{count}})',
  more_one: 'and {{count}} more',
  more_other: 'and {{count}} more',
  groups: {
    'question-without-resource_one': '{{count}} question without a resource',
    'question-without-resource_other': '{{count}} questions without a resource',
    'seed-without-animator_one': '{{count}} seed without an animator',
    'seed-without-animator_other': '{{count}} seeds without an animator',
    'one-sided-stances_one': '{{count}} question whose stances are all on one side',
    'one-sided-stances_other': '{{count}} questions whose stances are all on one side',
    'photo-without-question_one': '{{count}} photo that prompted no question',
    'photo-without-question_other': '{{count}} photos that prompted no question',
    'unanswered-question_one': '{{count}} question unanswered for 30 days',
    'unanswered-question_other': '{{count}} questions unanswered for 30 days',
  },
  stance: { supports: 'all support', challenges: 'all challenge', nuances: 'all nuance' },
  needsHelp: 'Needs help:',
  need: {
    'question-without-resource': 'no resource informs it',
    'seed-without-animator': 'seed without an animator',
    'one-sided-stances': 'its stances all go one way',
    'photo-without-question': 'this photo prompted no question',
    'unanswered-question': 'unanswered for 30 days',
  },
};
