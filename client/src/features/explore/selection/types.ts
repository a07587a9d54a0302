// Types of the selection: which node is selected and where the choice came from.

/**
 * `map`: a click on the map and `url`: a view restored from the address (the camera stays where it is or
 * where the URL puts it); `search`, `panel`, `list` (the list view) and `keyboard` (arrow keys between
 * neighbours): the camera flies to the node.
 */
export type SelectionOrigin = 'map' | 'url' | 'search' | 'panel' | 'list' | 'keyboard';

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
