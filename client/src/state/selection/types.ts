// Types of the selection: which node is selected and where the choice came from.

/** `map`: a click on the map (the camera stays); `search` and `panel`: the camera flies to the node. */
export type SelectionOrigin = 'map' | 'search' | 'panel';

export interface Selection {
  nodeId: string;
  origin: SelectionOrigin;
}

/** What the map emphasises: a node and its neighbours, with the edges between it and them. */
export interface Highlight {
  focus: string;
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}
