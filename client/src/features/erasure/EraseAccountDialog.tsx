// 'erase-account': the logged-in person's own account — who they are, what erasing does, their choice for
// what they brought (keep it under « une personne », or erase it with them), their password; then
// POST /api/auth/erase. The page then reads who is logged in again (a visitor now) and the landscape.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { eraseAccount } from '../../api/erasure';
import { FormField } from '../../ui/forms/FormField';
import { useSubmit } from '../../ui/forms/use-submit';
import { useContribute } from '../contribute/context';
import type { DialogProps } from '../contribute/views/registry';
import { SubmitError } from '../contribute/views/SubmitError';
import '../contribute/views/editing.css';
import './erasure.css';

type Choice = 'keep' | 'remove';

export function EraseAccountDialog({ onClose }: DialogProps) {
  const { t } = useTranslation();
  const { me, refreshMe, applyChange } = useContribute();
  const [choice, setChoice] = useState<Choice | null>(null);
  const [password, setPassword] = useState('');
  const submit = useSubmit();

  const confirm = async () => {
    if (!choice) return;
    const done = await submit.run(() => eraseAccount({ password, contributions: choice }));
    if (!done) return;
    onClose();
    await refreshMe();
    for (const nodeId of done.nodeIds) {
      if (choice === 'remove' || nodeId !== me?.person.id) await applyChange({ type: 'deleted', nodeId });
    }
  };

  return (
    <form
      className="cform"
      data-testid="erase-account-dialog"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void confirm();
      }}
    >
      <h2 className="cform__title">{t('erasure.account.title')}</h2>
      {me && <p>{t('erasure.account.signedInAs', { name: me.person.name })}</p>}
      <h3 className="cform__subtitle">{t('erasure.account.eraseTitle')}</h3>
      <p className="cform__note">{t('erasure.account.explain')}</p>
      <fieldset className="cform__choices">
        <legend className="form-field__label">{t('erasure.account.choose')}</legend>
        {(['keep', 'remove'] as const).map((option) => (
          <label key={option} className="cform__choice" data-checked={choice === option}>
            <input
              type="radio"
              name="contributions"
              value={option}
              checked={choice === option}
              data-testid="erase-choice"
              data-choice={option}
              onChange={() => setChoice(option)}
            />
            <span>
              {t(`erasure.account.${option}`)}
              <br />
              <small>{t(`erasure.account.${option}Hint`)}</small>
            </span>
          </label>
        ))}
      </fieldset>
      <FormField
        type="password"
        name="password"
        testId="erase-password"
        autoComplete="current-password"
        label={t('erasure.account.password')}
        required
        value={password}
        onChange={setPassword}
      />
      {submit.error?.code === 'INVALID_CREDENTIALS' ? (
        // the login's « Courriel ou mot de passe incorrect » would be wrong here: the email is not asked
        <p
          className="cform__error"
          role="alert"
          data-testid="submit-error"
          data-error-code={submit.error.code}
        >
          {t('erasure.account.wrongPassword')}
        </p>
      ) : (
        <SubmitError error={submit.error} />
      )}
      <div className="cform__actions">
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('erasure.account.close')}
        </button>
        <button
          type="submit"
          className="button button--danger"
          data-testid="confirm-erase-account"
          disabled={submit.busy || !choice || password === ''}
        >
          {submit.busy ? t('contribute.common.saving') : t('erasure.account.confirm')}
        </button>
      </div>
    </form>
  );
}
