// Pure functions behind the node panel: the node's text in the page's language, its relations as the
// kind-specific sections (sections.ts), the maieutic prompts (prompts.ts) and which addresses may become
// links (safe-url.ts).
import type { NodeView } from '../../../../../shared/entities';
import type { Lang } from '../../../../../shared/vocabulary';

export type { Direction, GroupId, SectionId } from './layouts';
export { PANEL_LAYOUTS } from './layouts';
export { maieuticPrompts } from './prompts';
export { safeLinkHref } from './safe-url';
export { groupRelations, panelSections } from './sections';
export type * from './types';

type TextField = 'title' | 'body' | 'summary' | 'bio' | 'purpose' | 'rules';

/** The field in `lang`: the node's own text when it is written in `lang`, else its translation, else its own. */
export function localized(node: NodeView, field: TextField, lang: Lang): string | undefined {
  const own = node[field];
  if (node.lang === lang) return own;
  const translated = node[`${field}_${lang}`];
  return translated?.trim() ? translated : own;
}

/**
 * Markdown as plain text (never HTML): emphasis marks, heading hashes and link syntax are dropped, the
 * words and line breaks kept. What the panel shows while the markdown renderer loads.
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
