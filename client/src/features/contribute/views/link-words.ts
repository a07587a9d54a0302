// A link said in words: "« A » précise « B »" / "“A” refines “B”", from the relation's outgoing name and
// the quotation marks of the page's language.
import type { TFunction } from 'i18next';
import type { Relation } from '../../../../../shared/vocabulary';

export function linkSentence(t: TFunction, relation: Relation, source: string, target: string): string {
  const verb = t(`relations.${relation}.out`);
  const lower = verb.charAt(0).toLocaleLowerCase() + verb.slice(1);
  const quoted = (text: string) => t('contribute.common.quoted', { text });
  return `${quoted(source)} ${lower} ${quoted(target)}`;
}
