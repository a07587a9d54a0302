// applyChange: the one place where a write's answer becomes what the map and the panels show. A dialog
// writes, hands the answer here, and does nothing else to the map. From the answer alone, without asking
// the server again: a written node is put on the map at the position the server gave it (its label kept
// drawn), its links are drawn, a deleted node or a reverted link leaves; only what the answer cannot say is
// fetched — the neighbourhood of a node whose links the answer does not carry (a photo, a joined question,
// a node back from a revert), or of an end missing from a truncated map. The panels of the nodes it touched
// read them again (features/panel/node-changes), and the node the person acted on is selected.
// Other people's changes come through here too, from the live stream (features/live): applied in place,
// without selecting anything.
import type { NodeView } from '../../../shared/entities';
import type { GraphPayload } from '../../../shared/graph';
import type { RevertResponse } from '../../../shared/history';
import type { LinkView } from '../../../shared/links';
import type { LiveChange } from '../../../shared/live';
import type { Lang } from '../../../shared/vocabulary';
import { revertOnMap } from '../features/contribute/revert-on-map';
import { announceChange, announceChangeOfAll } from '../features/panel/node-changes';
import type { LandscapeGraph } from './landscape/types';
import {
  addEdge,
  addLink,
  applyPatch,
  dropEdge,
  dropNode,
  markWritten,
  mergeNeighbourhood,
  putNode,
} from './map-store';

/** A write's answer, as the map needs it. */
export type Change =
  /** A node created or edited; `links`: the links written with it (an ask's, a grown seed's). */
  | { type: 'written'; node: NodeView; links?: readonly LinkView[] }
  /** A link made (or found already there). */
  | { type: 'linked'; link: LinkView }
  /** Something written around a node whose links the answer does not carry (a photo, a join). */
  | { type: 'touched'; nodeId: string }
  | { type: 'deleted'; nodeId: string }
  /** A user action reverted (an undo, a redo, a revert from the history): every event of its answer. */
  | { type: 'reverted'; revert: RevertResponse }
  /**
   * A change from the live stream: applied in place, nothing selected, the camera still. `own`: the echo of
   * the page's own write, whose answer already refreshed the panels (only the map is brought up to date).
   */
  | { type: 'remote'; change: LiveChange; own?: boolean };

export interface MapWriter {
  graph: LandscapeGraph;
  lang: () => Lang;
  fetchNeighbourhood: (nodeId: string) => Promise<GraphPayload>;
  selectNode: (nodeId: string) => void;
  clearSelection: () => void;
  selectedId: () => string | null;
}

export type ApplyChange = (change: Change, options?: { select?: string }) => Promise<void>;

export function createApplyChange(map: MapWriter): ApplyChange {
  const { graph } = map;
  /** Brings a node with its neighbourhood onto the map; the nodes of that neighbourhood. */
  const bring = async (nodeId: string): Promise<string[]> => {
    const payload = await map.fetchNeighbourhood(nodeId);
    mergeNeighbourhood(graph, payload);
    return payload.nodes.map((node) => node.key);
  };
  /** The node and its neighbours on the map: the panels whose reading may now be out of date. */
  const around = (nodeId: string): string[] =>
    graph.hasNode(nodeId) ? [nodeId, ...graph.neighbors(nodeId)] : [nodeId];
  /** Draws links; an end missing from the map (a truncated landscape) comes with `around`'s neighbourhood. */
  const drawLinks = async (links: readonly LinkView[], around: string) => {
    const missing = links.filter((link) => addLink(graph, link) === 'missing-end');
    if (missing.length > 0) await bring(around);
  };
  const forget = (nodeId: string) => {
    dropNode(graph, nodeId);
    if (map.selectedId() === nodeId) map.clearSelection();
  };

  const followRevert = async (revert: RevertResponse) => {
    const steps = (revert.actionEvents.length > 0 ? revert.actionEvents : [revert]).map(revertOnMap);
    for (const step of steps) {
      if (step.do === 'drop-edge') dropEdge(graph, step.edge);
      if (step.do === 'drop-node') forget(step.node);
      if (step.do === 'show-node') await bring(step.node);
      if (step.do === 'add-edge' && addEdge(graph, step.edge) === 'missing-end') {
        const { source, target } = step.edge;
        const onMap = graph.hasNode(source) ? source : graph.hasNode(target) ? target : null;
        if (onMap) await bring(onMap);
      }
    }
    return steps.flatMap((step) => (step.do === 'show-node' ? [step.node] : [])).at(-1);
  };

  return async (change, options = {}) => {
    let select = options.select;
    switch (change.type) {
      case 'written': {
        putNode(graph, change.node, map.lang());
        const links = change.links ?? [];
        await drawLinks(links, change.node.id);
        // its neighbours list its title, and its links' other ends list it
        announceChange(...around(change.node.id), ...links.flatMap((link) => [link.source, link.target]));
        select ??= change.node.id;
        break;
      }
      case 'linked':
        await drawLinks([change.link], select ?? change.link.source);
        announceChange(change.link.source, change.link.target);
        break;
      case 'touched':
        // what it was written around (the question a photo informs, the person who joined) is in there
        announceChange(change.nodeId, ...(await bring(change.nodeId)));
        select ??= change.nodeId;
        break;
      case 'deleted': {
        const neighbours = around(change.nodeId); // they listed it: read before it leaves the map
        forget(change.nodeId);
        announceChange(...neighbours);
        return;
      }
      case 'remote': {
        const selected = map.selectedId();
        const touched = applyPatch(graph, change.change.map, map.lang());
        if (selected && !graph.hasNode(selected)) map.clearSelection();
        if (!change.own) announceChange(...touched);
        return;
      }
      case 'reverted':
        announceChangeOfAll();
        // The revert is made: a map that cannot follow (the network failed) is right again on reload.
        select ??= await followRevert(change.revert).catch(() => undefined);
        break;
    }
    if (select) {
      markWritten(graph, select);
      map.selectNode(select);
    }
  };
}
