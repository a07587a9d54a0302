// The questions and seeds the new question touches, as the person types: each with its kind, its
// translated reasons and how close it is; a relation picker for a question, a checkbox for a seed. Rows
// the person picked stay listed when the suggestions move on.
import { useTranslation } from 'react-i18next';
import { KindBadge } from '../../../ui/KindBadge';
import type { AskDraft, LineageRelation, LinkRow } from '..';
import { PICKABLE_RELATIONS } from '..';

interface Props {
  rows: readonly LinkRow[];
  draft: AskDraft;
  onRelation: (row: LinkRow, relation: LineageRelation | null) => void;
  onSeed: (row: LinkRow, attached: boolean) => void;
}

export function SuggestionList({ rows, draft, onRelation, onSeed }: Props) {
  const { t } = useTranslation();
  return (
    <ul className="ask-suggestions">
      {rows.map((row) => {
        const s = row.suggestion;
        const relation = draft.relations[row.id] ?? '';
        return (
          <li
            key={row.id}
            className="ask-suggestion"
            data-testid="ask-suggestion"
            data-id={row.id}
            data-kind={row.kind}
            data-duplicate={s?.likelyDuplicate ? 'true' : 'false'}
          >
            <div className="ask-suggestion__head">
              <KindBadge kind={row.kind} />
              <span className="ask-suggestion__title">{row.title}</span>
            </div>
            {s && (
              <p className="ask-suggestion__why" data-testid="ask-reasons">
                {s.reasons.map((r) => t(`ask.reasons.${r}`)).join(' · ')}
                <span className="ask-suggestion__score">
                  {' · '}
                  {t('ask.score', { percent: Math.round(s.score * 100) })}
                </span>
              </p>
            )}
            {row.kind === 'Question' ? (
              <select
                className="ask-suggestion__relation"
                data-testid="ask-relation"
                aria-label={t('ask.relationLabel', { title: row.title })}
                value={relation}
                onChange={(event) => onRelation(row, (event.target.value || null) as LineageRelation | null)}
              >
                <option value="">{t('ask.relationNone')}</option>
                {PICKABLE_RELATIONS.map((r) => (
                  <option key={r} value={r}>
                    {t(`ask.relations.${r}`)}
                  </option>
                ))}
              </select>
            ) : (
              <label className="ask-suggestion__seed">
                <input
                  type="checkbox"
                  data-testid="ask-seed"
                  checked={draft.seeds.includes(row.id)}
                  onChange={(event) => onSeed(row, event.target.checked)}
                />
                {t('ask.attachSeed')}
              </label>
            )}
          </li>
        );
      })}
    </ul>
  );
}
