// The node panel's kind-specific sections: each relation of the selected node placed in the first group of
// its kind's layout that matches it (layouts.ts), neighbours sorted by title, empty groups and sections
// dropped, and whatever fits no group kept under "other links" so nothing the API sent is hidden.
import type { RelationSummary } from '../../../../../shared/api';
import { type Kind, type Lang, RELATIONS, roleSchema, stanceSchema } from '../../../../../shared/vocabulary';
import { type GroupId, type LinkPattern, PANEL_LAYOUTS, type SectionId } from './layouts';
import type { Neighbour, PanelGroup, PanelSection, RelationGroup } from './types';

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

export function toNeighbour(summary: RelationSummary, lang?: Lang): Neighbour {
  const { properties } = summary;
  const role = roleSchema.safeParse(properties.role);
  const stance = stanceSchema.safeParse(properties.stance);
  const statement = (lang && text(properties[`statement_${lang}`])) ?? text(properties.statement);
  return {
    linkId: summary.id,
    ...summary.other,
    ...(role.success ? { role: role.data } : {}),
    ...(stance.success ? { stance: stance.data } : {}),
    ...(statement ? { statement } : {}),
    ...(properties.featured === true ? { featured: true as const } : {}),
  };
}

function matches(pattern: LinkPattern, summary: RelationSummary, neighbour: Neighbour): boolean {
  if (pattern.relation !== summary.relation || pattern.direction !== summary.direction) return false;
  if (pattern.role && pattern.role !== neighbour.role) return false;
  if (pattern.stance === 'none') return neighbour.stance === undefined;
  return !pattern.stance || pattern.stance === neighbour.stance;
}

/** The neighbour without what the group's heading already says (its role, its stance). */
function withoutImplied(neighbour: Neighbour, pattern: LinkPattern): Neighbour {
  const { role, stance, ...rest } = neighbour;
  return {
    ...rest,
    ...(role && !pattern.role ? { role } : {}),
    ...(stance && !pattern.stance ? { stance } : {}),
  };
}

const byTitle = (lang: Lang) => {
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  return (a: Neighbour, b: Neighbour) => collator.compare(a.title, b.title);
};

export function groupRelations(relations: readonly RelationSummary[], lang: Lang): RelationGroup[] {
  const groups = new Map<string, RelationGroup>();
  for (const summary of relations) {
    const key = `${summary.relation}:${summary.direction}`;
    let group = groups.get(key);
    if (!group) {
      group = { relation: summary.relation, direction: summary.direction, neighbours: [] };
      groups.set(key, group);
    }
    group.neighbours.push(toNeighbour(summary));
  }
  const rank = (g: RelationGroup) => RELATIONS.indexOf(g.relation) * 2 + (g.direction === 'out' ? 0 : 1);
  for (const group of groups.values()) group.neighbours.sort(byTitle(lang));
  return [...groups.values()].sort((a, b) => rank(a) - rank(b));
}

interface LayoutSection {
  id: SectionId;
  groups: readonly { id: GroupId; links: readonly LinkPattern[] }[];
}

/** The selected node's sections, in its kind's order. */
export function panelSections(kind: Kind, relations: readonly RelationSummary[], lang: Lang): PanelSection[] {
  const layout: readonly LayoutSection[] = PANEL_LAYOUTS[kind];
  const patterns = layout
    .flatMap((section) => section.groups)
    .flatMap((group) => group.links.map((pattern) => ({ groupId: group.id, pattern })));
  const filled = new Map<string, Neighbour[]>();
  const unmatched: RelationSummary[] = [];
  for (const summary of relations) {
    const neighbour = toNeighbour(summary, lang);
    const hit = patterns.find(({ pattern }) => matches(pattern, summary, neighbour));
    if (!hit) {
      unmatched.push(summary);
      continue;
    }
    const neighbours = filled.get(hit.groupId) ?? [];
    neighbours.push(withoutImplied(neighbour, hit.pattern));
    filled.set(hit.groupId, neighbours);
  }

  const sections: PanelSection[] = layout.map((section) => ({
    id: section.id,
    groups: section.groups.flatMap((group): PanelGroup[] => {
      const neighbours = filled.get(group.id);
      if (!neighbours) return [];
      const title = section.groups.length > 1 ? { group: group.id } : null;
      return [{ id: group.id, title, neighbours: neighbours.sort(byTitle(lang)) }];
    }),
  }));
  const other = groupRelations(unmatched, lang).map(
    (g): PanelGroup => ({
      id: `${g.relation}:${g.direction}`,
      title: { relation: g.relation, direction: g.direction },
      neighbours: g.neighbours,
    }),
  );
  sections.push({ id: 'other', groups: other });
  return sections.filter((section) => section.groups.length > 0);
}
