// 'erase-node' (admins): what erasing does, in words, and why it cannot be undone; a reason; then
// POST /api/nodes/:id/erase, and the node leaves the map as a deletion does (applyChange).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { eraseNode } from '../../api/erasure';
import { useLang } from '../../i18n';
import { FormField } from '../../ui/forms/FormField';
import { useSubmit } from '../../ui/forms/use-submit';
import { useLoadable } from '../../ui/loadable';
import { useContribute } from '../contribute/context';
import type { DialogProps } from '../contribute/views/registry';
import { SubmitError } from '../contribute/views/SubmitError';
import { localized } from '../panel/node-details';
import { readNode } from '../panel/node-details/read-node';
import '../contribute/views/editing.css';
import './erasure.css';

export function EraseNodeDialog({ request, onClose }: DialogProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const { applyChange } = useContribute();
  const nodeId = request.nodeId ?? '';
  const [loaded] = useLoadable(nodeId ? `erase:${nodeId}` : null, (signal) => readNode(nodeId, lang, signal));
  const [reason, setReason] = useState('');
  const submit = useSubmit();
  const node = loaded.status === 'ready' ? loaded.data : null;
  const title = node ? (localized(node.node, 'title', lang) ?? node.node.title) : '';

  const confirm = async () => {
    const done = await submit.run(() => eraseNode(nodeId, reason));
    if (!done) return;
    onClose();
    await applyChange({ type: 'deleted', nodeId });
  };

  return (
    <form
      className="cform"
      data-testid="erase-node-dialog"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void confirm();
      }}
    >
      {node ? (
        <h2 className="cform__title">{t('erasure.node.title', { title })}</h2>
      ) : (
        <p role="status">{t('contribute.common.loading')}</p>
      )}
      <p className="cform__note">{t('erasure.node.explain')}</p>
      <FormField
        as="textarea"
        name="reason"
        testId="erase-reason"
        label={t('erasure.node.reason')}
        maxLength={500}
        required
        value={reason}
        onChange={setReason}
      />
      <SubmitError error={loaded.status === 'error' ? loaded.error : submit.error} />
      <div className="cform__actions">
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('contribute.common.cancel')}
        </button>
        <button
          type="submit"
          className="button button--danger"
          data-testid="confirm-erase"
          disabled={!node || submit.busy || reason.trim() === ''}
        >
          {submit.busy ? t('contribute.common.saving') : t('erasure.node.confirm')}
        </button>
      </div>
    </form>
  );
}
