// What the map does after a revert, read from the revert's own answer (the new `event.revert`: the entity
// it changed, and its snapshots before and after): a link that went away (a link's creation undone) leaves
// the map; one that came back (a link's removal undone) is drawn again with its relation, stance and role;
// a node whose creation was undone leaves; one that came back (a deletion undone) or changed (an edit
// undone) is shown again from the server (its label in the page's language, its stored position).
import { edgeOfLink } from '../../../../shared/graph';
import { type HistoryEvent, linkSnapshotSchema } from '../../../../shared/history';
import type { MapEdge } from '../../map/map-store';

export type RevertOnMap =
  | { do: 'drop-edge'; edge: string }
  | { do: 'add-edge'; edge: MapEdge }
  | { do: 'drop-node'; node: string }
  | { do: 'show-node'; node: string }
  | { do: 'nothing' };

export function revertOnMap(revert: HistoryEvent): RevertOnMap {
  const { entity, after } = revert;
  if (revert.action !== 'event.revert') return { do: 'nothing' };
  if (entity.type === 'link') {
    if (after === null) return { do: 'drop-edge', edge: entity.id };
    const edge = edgeOfSnapshot(after);
    return edge ? { do: 'add-edge', edge } : { do: 'nothing' };
  }
  return after === null ? { do: 'drop-node', node: entity.id } : { do: 'show-node', node: entity.id };
}

/** A link event's snapshot as the map's edge (the attributes the landscape payload gives it); null if it is no link. */
export function edgeOfSnapshot(snapshot: unknown): MapEdge | null {
  const parsed = linkSnapshotSchema.safeParse(snapshot);
  if (!parsed.success) return null;
  const { properties, ...link } = parsed.data;
  const word = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return edgeOfLink({ ...link, stance: word(properties.stance), role: word(properties.role) });
}
