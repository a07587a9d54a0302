// The header's account corner: "log in" and "create an account" for a visitor; the person's name and
// "log out" for a member, whose name opens their account (where they may erase it: features/erasure).
// Nothing while the page is still asking who is logged in.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { logOut } from '../../api/auth';
import { useContribute } from '../contribute/context';
import './auth.css';
import '../erasure/erasure.css';

export function AccountMenu() {
  const { t } = useTranslation();
  const { me, open, refreshMe } = useContribute();
  const [busy, setBusy] = useState(false);
  if (me === undefined)
    return <div className="account-menu" data-testid="account-menu" data-state="loading" />;

  if (me === null) {
    return (
      <div className="account-menu" data-testid="account-menu" data-state="visitor">
        <button
          type="button"
          className="account-menu__link"
          data-testid="login-button"
          onClick={() => open({ action: 'login' })}
        >
          {t('auth.logIn')}
        </button>
        <button
          type="button"
          className="button"
          data-testid="register-button"
          onClick={() => open({ action: 'register' })}
        >
          {t('auth.register')}
        </button>
      </div>
    );
  }

  const leave = async () => {
    setBusy(true);
    try {
      await logOut();
    } finally {
      await refreshMe();
      setBusy(false);
    }
  };
  return (
    <div className="account-menu" data-testid="account-menu" data-state="member" data-role={me.role}>
      <button
        type="button"
        className="account-menu__name account-menu__name--button"
        data-testid="account-name"
        title={t('erasure.account.open')}
        onClick={() => open({ action: 'erase-account' })}
      >
        {me.person.name}
      </button>
      <button
        type="button"
        className="account-menu__link"
        data-testid="logout-button"
        disabled={busy}
        onClick={leave}
      >
        {t('auth.logOut')}
      </button>
    </div>
  );
}
