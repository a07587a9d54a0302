// Pure functions behind the node panel: the node's text in the page's language, and its relations grouped
// by relation and direction in a stable order (the vocabulary's order, outgoing first; titles A→Z).
import type { RelationSummary } from '../../../../shared/api';
import type { NodeView } from '../../../../shared/entities';
import { type Lang, RELATIONS, roleSchema, stanceSchema } from '../../../../shared/vocabulary';
import type { Neighbour, RelationGroup } from './types';

export type { Neighbour, RelationGroup } from './types';

type TextField = 'title' | 'body' | 'summary' | 'bio' | 'purpose';

/** The field in `lang`: the node's own text when it is written in `lang`, else its translation, else its own. */
export function localized(node: NodeView, field: TextField, lang: Lang): string | undefined {
  const own = node[field];
  if (node.lang === lang) return own;
  const translated = node[`${field}_${lang}`];
  return translated?.trim() ? translated : own;
}

function toNeighbour(summary: RelationSummary): Neighbour {
  const role = roleSchema.safeParse(summary.properties.role);
  const stance = stanceSchema.safeParse(summary.properties.stance);
  return {
    linkId: summary.id,
    ...summary.other,
    ...(role.success ? { role: role.data } : {}),
    ...(stance.success ? { stance: stance.data } : {}),
  };
}

/**
 * Bodies are markdown; the panel shows plain text (never HTML): emphasis marks, heading hashes and link
 * syntax are dropped, the words and line breaks kept.
 */
export function toPlainText(markdown: string): string {
  return markdown
    .replace(/\r\n?/g, '\n')
    .replace(/!?\[([^\]]*)\]\(([^)\s]*)\)/g, '$1')
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/^\s{0,3}>\s?/gm, '')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*\n]*?\S)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w])_(?=\S)([^_\n]*?\S)_(?!\w)/g, '$1$2')
    .replace(/`([^`\n]*)`/g, '$1')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const groupRank = (group: RelationGroup) =>
  RELATIONS.indexOf(group.relation) * 2 + (group.direction === 'out' ? 0 : 1);

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
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  for (const group of groups.values()) group.neighbours.sort((a, b) => collator.compare(a.title, b.title));
  return [...groups.values()].sort((a, b) => groupRank(a) - groupRank(b));
}
