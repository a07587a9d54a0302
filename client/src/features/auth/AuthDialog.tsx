// The login and registration form (one component, two modes): each field's validation error next to it
// (from the 400's details, translated), any other failure (wrong password, email taken, too many tries)
// above the button. On success the page asks who is logged in and the dialog closes (opening the action
// the visitor was asking for, if any).
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_LIMITS } from '../../../../shared/auth';
import { logIn, register } from '../../api/auth';
import { FormField } from '../../ui/forms/FormField';
import { useFieldSubmit } from '../../ui/forms/use-field-submit';
import { useContribute } from '../contribute/context';
import type { DialogProps } from '../contribute/views/registry';

type Mode = 'login' | 'register';
type Field = 'name' | 'email' | 'password';

export function AuthDialog({ mode, request, onClose }: DialogProps & { mode: Mode }) {
  const { t } = useTranslation();
  const { refreshMe, open } = useContribute();
  const [values, setValues] = useState({ name: '', email: '', password: '' });
  const { busy, errors, failure, run } = useFieldSubmit();

  const message = (field: Field, code: string | undefined) => {
    if (!code) return undefined;
    if (field === 'password' && code === 'too_small')
      return t('auth.invalid.passwordTooShort', { count: PASSWORD_LIMITS.min });
    return t(`auth.invalid.${field}`);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      if (mode === 'register') await register(values);
      else await logIn({ email: values.email, password: values.password });
      await refreshMe();
      onClose();
    });
  }

  const field = (name: Field, type: 'text' | 'email' | 'password', autoComplete: string) => (
    <FormField
      name={name}
      testId={`auth-${name}`}
      type={type}
      autoComplete={autoComplete}
      label={t(`auth.fields.${name}`)}
      hint={
        name === 'password' && mode === 'register'
          ? t('auth.passwordHint', { count: PASSWORD_LIMITS.min })
          : undefined
      }
      value={values[name]}
      error={message(name, errors[name])}
      onChange={(value) => setValues((v) => ({ ...v, [name]: value }))}
    />
  );

  const other: Mode = mode === 'login' ? 'register' : 'login';
  return (
    <form className="auth-form" noValidate onSubmit={submit} data-testid={`${mode}-form`}>
      <h2>{t(mode === 'login' ? 'auth.loginTitle' : 'auth.registerTitle')}</h2>
      {mode === 'register' && field('name', 'text', 'name')}
      {field('email', 'email', 'email')}
      {field('password', 'password', mode === 'login' ? 'current-password' : 'new-password')}
      {failure && (
        <p className="form-error" role="alert" data-testid="auth-error" data-error-code={failure.code}>
          {t(`errors.${failure.code}`)}
        </p>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="link-button"
          onClick={() => open({ action: other, nodeId: request.nodeId })}
        >
          {t(mode === 'login' ? 'auth.noAccount' : 'auth.haveAccount')}
        </button>
        {/* aria-disabled, not disabled: a disabled button would drop the focus out of the dialog */}
        <button type="submit" className="button" aria-disabled={busy} data-testid="auth-submit">
          {t(mode === 'login' ? 'auth.logIn' : 'auth.register')}
        </button>
      </div>
    </form>
  );
}

export const LoginDialog = (props: DialogProps) => <AuthDialog mode="login" {...props} />;
export const RegisterDialog = (props: DialogProps) => <AuthDialog mode="register" {...props} />;
