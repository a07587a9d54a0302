// A small French vocabulary and sentence templates for the synthetic landscape: titles and bodies read
// like the demo's (compostage, graine, connaissance, quartier…), so the full-text index holds real,
// repeated terms and the search benchmark queries words that match thousands of nodes.
import type { Prng } from './prng';

interface Noun {
  word: string;
  feminine: boolean;
}

const noun = (word: string, feminine: boolean): Noun => ({ word, feminine });

export const NOUNS: readonly Noun[] = [
  noun('compostage', false),
  noun('graine', true),
  noun('question', true),
  noun('connaissance', true),
  noun('démarche', true),
  noun('jardin', false),
  noun('quartier', false),
  noun('semence', true),
  noun('potager', false),
  noun('atelier', false),
  noun('savoir', false),
  noun('récolte', true),
  noun('école', true),
  noun('forêt', true),
  noun('rivière', true),
  noun('mémoire', true),
  noun('voisinage', false),
  noun('biodiversité', true),
  noun('arbre', false),
  noun('sol', false),
  noun('eau', true),
  noun('cuisine', true),
  noun('marché', false),
  noun('bibliothèque', true),
  noun('territoire', false),
  noun('paysage', false),
  noun('coopérative', true),
  noun('mutuelle', true),
  noun('communauté', true),
  noun('habitant', false),
  noun('récit', false),
  noun('outil', false),
  noun('carte', true),
  noun('archive', true),
  noun('pratique', true),
  noun('réseau', false),
  noun('enquête', true),
  noun('transmission', true),
  noun('patrimoine', false),
  noun('friche', true),
];

/** The words search requests are drawn from (each one appears in many titles or bodies). */
export const SEARCH_WORDS: readonly string[] = NOUNS.map((n) => n.word);

const ADJECTIVES: readonly [string, string][] = [
  ['partagé', 'partagée'],
  ['collectif', 'collective'],
  ['local', 'locale'],
  ['numérique', 'numérique'],
  ['urbain', 'urbaine'],
  ['solidaire', 'solidaire'],
  ['vivant', 'vivante'],
  ['ouvert', 'ouverte'],
  ['populaire', 'populaire'],
  ['commun', 'commune'],
];

const VERBS = [
  'partager',
  'cultiver',
  'transmettre',
  'documenter',
  'relancer',
  'organiser',
  'comprendre',
  'accueillir',
  'préserver',
  'cartographier',
  'raconter',
  'financer',
  'animer',
  'réparer',
];

const FIRST_NAMES = ['Camille', 'Louise', 'Jeanne', 'Hugo', 'Léon', 'Inès', 'Malik', 'Chloé', 'Paul', 'Zoé'];
const LAST_NAMES = [
  'Martin',
  'Bernard',
  'Dubois',
  'Moreau',
  'Laurent',
  'Girard',
  'Roux',
  'Fournier',
  'Petit',
];
const TOWNS = ['Lyon', 'Nantes', 'Lille', 'Rennes', 'Grenoble', 'Bordeaux', 'Montreuil', 'Marseille'];
const RESOURCE_TYPES = ['Guide', 'Carnet', 'Vidéo', 'Photo', 'Rapport', 'Livre', 'Podcast'];
const COMMUNITY_TYPES = ['Collectif', 'Réseau', 'Cercle', 'Association'];
const SKILLS = [
  'jardinage',
  'cuisine',
  'animation',
  'cartographie',
  'écriture',
  'menuiserie',
  'photographie',
];

const startsWithVowel = (word: string) => /^[aeiouyéèêh]/i.test(word);
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "le jardin", "la graine", "l'eau". */
function the(n: Noun): string {
  if (startsWithVowel(n.word)) return `l'${n.word}`;
  return `${n.feminine ? 'la' : 'le'} ${n.word}`;
}

/** "du jardin", "de la graine", "de l'eau". */
function of(n: Noun): string {
  if (startsWithVowel(n.word)) return `de l'${n.word}`;
  return n.feminine ? `de la ${n.word}` : `du ${n.word}`;
}

function adjective(prng: Prng, n: Noun): string {
  const [masculine, feminine] = prng.pick(ADJECTIVES);
  return n.feminine ? feminine : masculine;
}

export function questionTitle(prng: Prng): string {
  const a = prng.pick(NOUNS);
  const b = prng.pick(NOUNS);
  const verb = prng.pick(VERBS);
  switch (prng.int(5)) {
    case 0:
      return `Comment ${verb} ${the(a)} ${of(b)} ?`;
    case 1:
      return `Pourquoi ${verb} ${the(a)} ${adjective(prng, a)} ?`;
    case 2:
      return `Qui peut ${verb} ${the(a)} ${of(b)} ?`;
    case 3:
      return `Faut-il ${verb} ${the(a)} ${adjective(prng, a)} ${of(b)} ?`;
    default:
      return `Que change ${the(a)} ${adjective(prng, a)} pour ${the(b)} ?`;
  }
}

export function seedTitle(prng: Prng): string {
  const a = prng.pick(NOUNS);
  const b = prng.pick(NOUNS);
  return `${capitalise(a.word)} ${adjective(prng, a)} ${of(b)}`;
}

export function personName(prng: Prng): string {
  return `${prng.pick(FIRST_NAMES)} ${prng.pick(LAST_NAMES)}`;
}

export function resourceTitle(prng: Prng): string {
  const a = prng.pick(NOUNS);
  const b = prng.pick(NOUNS);
  return `${prng.pick(RESOURCE_TYPES)} : ${the(a)} ${adjective(prng, a)} ${of(b)}`;
}

export function communityTitle(prng: Prng): string {
  return `${prng.pick(COMMUNITY_TYPES)} ${of(prng.pick(NOUNS))} de ${prng.pick(TOWNS)}`;
}

/** One or two sentences of body text. */
export function sentence(prng: Prng): string {
  const a = prng.pick(NOUNS);
  const b = prng.pick(NOUNS);
  const c = prng.pick(NOUNS);
  const first = `Une démarche pour ${prng.pick(VERBS)} ${the(a)} ${adjective(prng, a)} avec les habitants ${of(b)}.`;
  if (prng.chance(0.5)) return first;
  return `${first} Elle part ${of(c)} et de ce que chacun sait déjà.`;
}

export function skills(prng: Prng): string[] {
  const count = 1 + prng.int(3);
  return [...new Set(Array.from({ length: count }, () => prng.pick(SKILLS)))];
}

/** What a search box would receive: mostly one word, sometimes two. */
export function searchText(prng: Prng): string {
  const first = prng.pick(SEARCH_WORDS);
  return prng.chance(0.3) ? `${first} ${prng.pick(SEARCH_WORDS)}` : first;
}
