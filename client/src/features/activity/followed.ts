// What the logged-in person follows, read once per account (GET /api/follows) and kept up to date by the
// page's own follow and unfollow: the panel's toggle asks here rather than reading the list again each time
// another node is selected (a write's cost, measured in e2e, stays its own requests).
import type { Lang } from '../../../../shared/vocabulary';
import { fetchFollows } from '../../api/activity';

let kept: { personId: string; ids: Promise<Set<string>> } | null = null;

/** The ids the person follows (read at the first ask for this person, then kept). */
export function followedIds(personId: string, lang: Lang): Promise<Set<string>> {
  if (kept?.personId !== personId) {
    const ids = fetchFollows(lang).then((list) => new Set(list.map((f) => f.nodeId)));
    kept = { personId, ids };
    ids.catch(() => {
      if (kept?.ids === ids) kept = null; // asked again next time
    });
  }
  return kept.ids;
}

/** The page followed or unfollowed `nodeId`: what is kept follows. */
export async function noteFollowed(personId: string, nodeId: string, following: boolean): Promise<void> {
  if (kept?.personId !== personId) return;
  const ids = await kept.ids.catch(() => null);
  if (!ids) return;
  if (following) ids.add(nodeId);
  else ids.delete(nodeId);
}
