// Types of expand / collapse: what each expansion brought to the map, and the changes a step makes.

export type ExpansionDepth = 1 | 2;

/** One expanded node: the nodes and edges of its neighbourhood that were not on the landscape itself. */
export interface Expansion {
  nodeId: string;
  depth: ExpansionDepth;
  /** What this expansion needs on the map beyond the landscape (whoever added it first). */
  nodes: readonly string[];
  edges: readonly string[];
}

/** What the shareable view keeps of an expansion: which node, how deep. */
export interface ExpansionEntry {
  nodeId: string;
  depth: ExpansionDepth;
}

/** Expansions by expanded node id, in the order they were made. */
export type Expansions = ReadonlyMap<string, Expansion>;

/** The ids in a neighbourhood payload. */
export interface Neighbourhood {
  nodes: readonly string[];
  edges: readonly string[];
}

/** A step's changes to the map, and the expansions after it. */
export interface ExpansionStep {
  expansions: Expansions;
  addNodes: string[];
  addEdges: string[];
  removeNodes: string[];
  removeEdges: string[];
}

/** What the step functions need to know of the map. */
export interface MapMembership {
  hasNode(id: string): boolean;
  hasEdge(id: string): boolean;
}
