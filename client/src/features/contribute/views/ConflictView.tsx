// The conflict of an edit (412): who changed the node and when (the 412's last change: a person's name,
// Semis itself, or "someone" when that person is hidden from me), the fields they or I changed since the
// version I loaded, their saved value beside mine, the ones both changed marked; then keep theirs, or
// apply mine over theirs (sent again with their version).
import { useTranslation } from 'react-i18next';
import type { NodeView } from '../../../../../shared/entities';
import type { LastChange } from '../../../../../shared/history';
import type { ApiError } from '../../../api/errors';
import { conflictRows, type EditField } from '../node-edit';
import { SubmitError } from './SubmitError';
import { useConflictSentence } from './use-conflict-sentence';

interface Props {
  title: string;
  fields: readonly EditField[];
  loaded: NodeView;
  theirs: NodeView;
  /** From the 412's details; null when it says nothing (then: "someone saved another version"). */
  lastChange: LastChange | null;
  patch: Record<string, unknown>;
  busy: boolean;
  error: ApiError | null;
  onKeepTheirs: () => void;
  onApplyMine: () => void;
}

export function ConflictView({
  title,
  fields,
  loaded,
  theirs,
  lastChange,
  patch,
  busy,
  error,
  onKeepTheirs,
  onApplyMine,
}: Props) {
  const { t } = useTranslation();
  const explain = useConflictSentence()(lastChange);
  const rows = conflictRows(fields, loaded, theirs, patch);
  const shown = (text: string) => (text === '' ? <em>{t('contribute.conflict.empty')}</em> : text);
  return (
    <div className="cform cform--wide" data-testid="conflict-view" data-their-version={theirs.version}>
      <h2 className="cform__title">{t('contribute.conflict.title')}</h2>
      <p
        className="cform__note"
        data-testid="conflict-explain"
        data-changed-by={lastChange ? (lastChange.by?.kind ?? 'someone') : 'unknown'}
      >
        {t('contribute.common.quoted', { text: title })} — {explain}
      </p>
      <table className="conflict">
        <thead>
          <tr>
            <th scope="col">{t('contribute.conflict.field')}</th>
            <th scope="col">{t('contribute.conflict.theirs')}</th>
            <th scope="col">{t('contribute.conflict.mine')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.field}
              data-field={row.field}
              data-clash={row.clash}
              className={row.clash ? 'conflict__clash' : undefined}
            >
              <th scope="row">
                {t(`contribute.fields.${row.field}`)}
                {row.clash && <span className="conflict__tag">{t('contribute.conflict.clash')}</span>}
              </th>
              <td className="conflict__theirs">{shown(row.theirs)}</td>
              <td className="conflict__mine">{shown(row.mine)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <SubmitError error={error} />
      <div className="cform__actions">
        <button
          type="button"
          className="button button--quiet"
          data-testid="conflict-keep-theirs"
          onClick={onKeepTheirs}
          disabled={busy}
        >
          {t('contribute.conflict.keepTheirs')}
        </button>
        <button
          type="button"
          className="button"
          data-testid="conflict-apply-mine"
          onClick={onApplyMine}
          disabled={busy}
        >
          {t('contribute.conflict.applyMine')}
        </button>
      </div>
    </div>
  );
}
