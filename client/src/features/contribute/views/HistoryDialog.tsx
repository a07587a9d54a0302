// 'history': the node's events, newest first, in words ("Marie a modifié le titre — il y a 3 minutes"),
// each edit's fields before → after, and a Revert button on the events the reader may revert, reverts
// excepted (the server decides: its 403 / 409 is said in words). The map follows each revert (useRevert).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEvent } from '../../../../../shared/history';
import { fetchHistory } from '../../../api/contribute';
import { useLang } from '../../../i18n';
import { useSubmit } from '../../../ui/forms/use-submit';
import { useLoadable } from '../../../ui/loadable';
import { localized } from '../../panel/node-details';
import { useContribute } from '../context';
import { formatTimeAgo, newestFirst, offersRevert, summarizeEvent } from '../history-view';
import type { DialogProps } from './registry';
import { SubmitError } from './SubmitError';
import { useEventSentence } from './use-event-sentence';
import { useRevert } from './use-revert';
import { useValueLabel } from './use-value-label';
import './editing.css';
import { readNode } from '../../panel/node-details/read-node';

export function HistoryDialog({ request, onClose }: DialogProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const { me } = useContribute();
  const nodeId = request.nodeId ?? '';
  const [round, setRound] = useState(0);
  const [node] = useLoadable(nodeId ? `history-node:${nodeId}:${round}` : null, (signal) =>
    readNode(nodeId, lang, signal),
  );
  const [events, retry] = useLoadable(nodeId ? `history:${nodeId}:${round}` : null, (signal) =>
    fetchHistory(nodeId, signal),
  );
  const revert = useRevert();
  const submit = useSubmit();
  const [done, setDone] = useState(false);
  const sentence = useEventSentence();
  const valueLabel = useValueLabel();
  const title =
    node.status === 'ready' ? (localized(node.data.node, 'title', lang) ?? node.data.node.title) : '';
  const mayRevertAny = node.status === 'ready' && (node.data.access?.you.revert ?? true);
  const mayRevert = (event: HistoryEvent) =>
    offersRevert(event, { mayRevertAny, myId: me?.person.id ?? null });
  const now = Date.now();

  const onRevert = async (event: HistoryEvent) => {
    setDone(false);
    const ok = await submit.run(async () => {
      await revert(event);
      return true;
    });
    if (ok) {
      setDone(true);
      setRound((n) => n + 1);
    }
  };

  return (
    <div className="cform cform--wide" data-testid="history-dialog">
      <h2 className="cform__title">
        {title ? t('contribute.history.title', { title }) : t('contribute.buttons.history')}
      </h2>
      {events.status === 'loading' && <p role="status">{t('contribute.common.loading')}</p>}
      {events.status === 'error' && (
        <>
          <p className="cform__error">{t('contribute.history.failed')}</p>
          <SubmitError error={events.error} />
          <button type="button" className="button button--quiet" onClick={retry}>
            {t('contribute.common.retry')}
          </button>
        </>
      )}
      {events.status === 'ready' && events.data.length === 0 && <p>{t('contribute.history.empty')}</p>}
      <p className="cform__note" role="status">
        {done ? t('contribute.history.revertDone') : ''}
      </p>
      <SubmitError error={submit.error} conflict={t('contribute.history.revertConflict')} />
      {events.status === 'ready' && events.data.length > 0 && (
        <ol className="history">
          {newestFirst(events.data).map((event) => {
            const summary = summarizeEvent(event);
            const what = sentence(summary);
            return (
              <li
                key={event.id}
                className={summary.reverted ? 'history__event history__event--reverted' : 'history__event'}
                data-testid="history-event"
                data-action={event.action}
                data-event-id={event.id}
                data-reverted={summary.reverted}
              >
                <div className="history__line">
                  <span className="history__what">{what}</span>
                  <time
                    className="history__when"
                    dateTime={event.at}
                    title={new Date(event.at).toLocaleString(lang)}
                  >
                    {formatTimeAgo(event.at, now, lang)}
                  </time>
                  {summary.reverted && (
                    <span className="history__tag">{t('contribute.history.reverted')}</span>
                  )}
                </div>
                {summary.changes.length > 0 && (
                  <ul className="history__changes">
                    {summary.changes.map((change) => (
                      <li key={change.field}>
                        <FieldLabel field={change.field} />{' '}
                        <del>
                          {valueLabel(change.field, change.before) || t('contribute.history.emptyValue')}
                        </del>{' '}
                        →{' '}
                        <ins>
                          {valueLabel(change.field, change.after) || t('contribute.history.emptyValue')}
                        </ins>
                      </li>
                    ))}
                  </ul>
                )}
                {mayRevert(event) && (
                  <button
                    type="button"
                    className="button button--quiet button--small history__revert"
                    data-testid="revert-button"
                    aria-label={t('contribute.history.revertLabel', { what })}
                    disabled={submit.busy}
                    onClick={() => void onRevert(event)}
                  >
                    {t('contribute.history.revert')}
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      )}
      <div className="cform__actions">
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('contribute.common.close')}
        </button>
      </div>
    </div>
  );
}

function FieldLabel({ field }: { field: string }) {
  const { t } = useTranslation();
  const plain = t as unknown as (key: string, options?: { defaultValue: string }) => string;
  const label = plain(`contribute.fields.${field}`, { defaultValue: field });
  return <strong>{t('contribute.history.fieldColon', { field: label })}</strong>;
}
