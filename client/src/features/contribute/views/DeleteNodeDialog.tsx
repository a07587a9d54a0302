// 'delete-node': a confirmation naming the node and how many links go with it; then DELETE, and the
// node leaves the map (applyChange). A refusal (403) or an already deleted node (404) is said in words.
import { useTranslation } from 'react-i18next';
import { deleteNode } from '../../../api/contribute';
import { useLang } from '../../../i18n';
import { useSubmit } from '../../../ui/forms/use-submit';
import { useLoadable } from '../../../ui/loadable';
import { localized } from '../../panel/node-details';
import { useContribute } from '../context';
import type { DialogProps } from './registry';
import { SubmitError } from './SubmitError';
import './editing.css';
import { readNode } from '../../panel/node-details/read-node';

export function DeleteNodeDialog({ request, onClose }: DialogProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const { applyChange } = useContribute();
  const nodeId = request.nodeId ?? '';
  const [loaded] = useLoadable(nodeId ? `delete:${nodeId}` : null, (signal) =>
    readNode(nodeId, lang, signal),
  );
  const submit = useSubmit();
  const node = loaded.status === 'ready' ? loaded.data : null;
  const title = node ? (localized(node.node, 'title', lang) ?? node.node.title) : '';

  const confirm = async () => {
    const done = await submit.run(async () => {
      await deleteNode(nodeId);
      return true;
    });
    if (done) {
      onClose();
      await applyChange({ type: 'deleted', nodeId });
    }
  };

  return (
    <div className="cform" data-testid="delete-dialog">
      {node ? (
        <>
          <h2 className="cform__title">{t('contribute.delete.title', { title })}</h2>
          <p>{t('contribute.delete.links', { count: node.relations.length })}</p>
          <p className="cform__note">{t('contribute.delete.recorded')}</p>
        </>
      ) : (
        <p role="status">{t('contribute.common.loading')}</p>
      )}
      <SubmitError error={loaded.status === 'error' ? loaded.error : submit.error} />
      <div className="cform__actions">
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('contribute.common.cancel')}
        </button>
        <button
          type="button"
          className="button button--danger"
          data-testid="confirm-delete"
          disabled={!node || submit.busy}
          onClick={() => void confirm()}
        >
          {submit.busy ? t('contribute.delete.working') : t('contribute.delete.confirm')}
        </button>
      </div>
    </div>
  );
}
