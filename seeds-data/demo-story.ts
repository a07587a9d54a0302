// The few turns of the demo's history that the landscape file cannot tell by itself: who brought which
// node when the text says so, the questions first asked in other words and reworded later, and one
// question asked and then withdrawn by its author. Everything else of the history (dates, order, the
// other authors) follows from the file in demo-history.ts.
import type { CreateNode } from '../shared/entities';
import type { Relation } from '../shared/vocabulary';

/** The person who started it all: the author of the source text, first on the map. */
export const FOUNDER = 'person-mathieu-coste';

/** Nodes whose author the text names (beyond ASKED, HAS_ROLE author and a seed's one resource person). */
export const NAMED_AUTHORS: Record<string, string> = {
  'res-note-lecture-rochet': 'person-claude-rochet',
  'res-livre-economie-symbiotique': 'person-isabelle-delannoy',
  'res-symbioses-citoyennes': 'person-isabelle-delannoy',
  'res-schema-economie-symbiotique': 'person-isabelle-delannoy',
  'res-image-hommage-leguennec': 'person-yann-leguennec',
  'res-texte-revolution-sourire': FOUNDER,
  'res-presentation-generale': FOUNDER,
  'com-wemob': FOUNDER,
  'com-mutuelle-des-connaissances': FOUNDER,
};

/** Titles first written otherwise, then edited to the file's by their author some days later. */
export const FIRST_TITLES: Record<string, string> = {
  'q-monde-enfants': 'Quel monde pour nos enfants ?',
  'q-pixels': 'Les pixels changent-ils le monde ?',
  'q-dire-faire': 'Dire ce qu’on fait, faire ce qu’on dit ?',
  'res-codesocial-org': 'Le site de #CodeSocial',
};

/** A question asked, linked, then withdrawn by its author (the compost of the text is a metaphor). */
export const WITHDRAWN: {
  id: string;
  askedBy: string;
  node: CreateNode;
  link: { relation: Relation; target: string };
  /** Days between its asking and its removal. */
  livedDays: number;
} = {
  id: 'q-composter-chez-soi',
  askedBy: 'person-thibault-mangeard',
  node: {
    kind: 'Question',
    title: 'Comment composter ses déchets de cuisine en appartement ?',
    title_en: 'How to compost kitchen waste in a flat?',
    lang: 'fr',
  },
  link: { relation: 'ECHOES', target: 'q-souffrances' },
  livedDays: 9,
};
