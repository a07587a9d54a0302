// The map's graph: one graphology multi directed graph for the page's life. graphology is imported only
// here and by sigma, so both load as their own chunk (main.tsx fetches it before the first render), and
// the page's first JavaScript stays small.
import { MultiDirectedGraph } from 'graphology';
import type { LandscapeGraph } from './types';

export const createLandscapeGraph = (): LandscapeGraph => new MultiDirectedGraph({ allowSelfLoops: false });
