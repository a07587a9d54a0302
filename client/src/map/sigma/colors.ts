// Colours of the map: one per node kind (Okabe–Ito, readable by most colour-blind visitors), and the
// neutral tones of edges, faded items and labels.
import type { Kind } from '../../../../shared/vocabulary';

export const KIND_COLORS: Record<Kind, string> = {
  Question: '#E69F00',
  Seed: '#009E73',
  Person: '#0072B2',
  Resource: '#CC79A7',
  Community: '#D55E00',
};

export const MAP_COLORS = {
  edge: '#cfd4da',
  edgeHighlighted: '#5b6670',
  faded: '#e4e7eb',
  fadedEdge: '#f0f2f4',
  label: '#1f2933',
  /** The map's background (styles.css --map-bg), slightly transparent. */
  halo: 'rgba(251, 251, 249, 0.8)',
} as const;
