// Search hits grouped by kind, in the legend's order of kinds (KINDS), each group keeping the server's
// ranking; `ordered` is the same hits flattened, the order the arrow keys follow.
import type { SearchHit } from '../../../../../shared/api';
import { KINDS, type Kind } from '../../../../../shared/vocabulary';

export interface HitGroup {
  kind: Kind;
  /** The hits of this kind, each with its index in `ordered`. */
  hits: { hit: SearchHit; index: number }[];
}

export function groupHitsByKind(hits: readonly SearchHit[]): { groups: HitGroup[]; ordered: SearchHit[] } {
  const groups: HitGroup[] = [];
  const ordered: SearchHit[] = [];
  for (const kind of KINDS) {
    const ofKind = hits.filter((hit) => hit.kind === kind);
    if (ofKind.length === 0) continue;
    groups.push({ kind, hits: ofKind.map((hit) => ({ hit, index: ordered.push(hit) - 1 })) });
  }
  return { groups, ordered };
}
