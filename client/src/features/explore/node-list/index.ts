// The rows of the accessible list view: the visible nodes, most connected first, then by title.
import type { Kind } from '../../../../../shared/vocabulary';
import type { LandscapeGraph } from '../../../map/landscape';

export interface ListRow {
  id: string;
  label: string;
  kind: Kind;
  degree: number;
}

export function listRows(graph: LandscapeGraph, visible: ReadonlySet<string>, lang: string): ListRow[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const rows: ListRow[] = [];
  for (const id of visible) {
    if (!graph.hasNode(id)) continue;
    const { label, kind, degree } = graph.getNodeAttributes(id);
    rows.push({ id, label, kind, degree });
  }
  return rows.sort(
    (a, b) => b.degree - a.degree || collator.compare(a.label, b.label) || (a.id < b.id ? -1 : 1),
  );
}
