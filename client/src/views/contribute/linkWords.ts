// A link said in words: "« A » précise « B »", from the relation's outgoing name in the page's language.
import type { TFunction } from 'i18next';
import type { Relation } from '../../../../shared/vocabulary';

export function linkSentence(t: TFunction, relation: Relation, source: string, target: string): string {
  const verb = t(`relations.${relation}.out`);
  const lower = verb.charAt(0).toLocaleLowerCase() + verb.slice(1);
  return `«\u00a0${source}\u00a0» ${lower} «\u00a0${target}\u00a0»`;
}
