// The node panel's « Suivre » / « Ne plus suivre » toggle, for a member: whether they follow the node is
// read from their own follows (GET /api/follows, once per account: followed.ts), the toggle PUTs or DELETEs
// it (both idempotent).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { follow, unfollow } from '../../../api/activity';
import { useLang } from '../../../i18n';
import { useContribute } from '../../contribute/context';
import { followedIds, noteFollowed } from '../followed';
import '../activity.css';

export function FollowToggle({ nodeId }: { nodeId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { me } = useContribute();
  const personId = me?.person.id ?? null;
  const [following, setFollowing] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the language does not change what is followed
  useEffect(() => {
    setFollowing(null);
    setFailed(false);
    if (personId === null) return;
    let gone = false;
    followedIds(personId, lang).then(
      (ids) => !gone && setFollowing(ids.has(nodeId)),
      () => !gone && setFollowing(false),
    );
    return () => {
      gone = true;
    };
  }, [nodeId, personId]);

  if (personId === null || following === null) return null;
  const toggle = async () => {
    setBusy(true);
    setFailed(false);
    try {
      if (following) await unfollow(nodeId);
      else await follow(nodeId);
      await noteFollowed(personId, nodeId, !following);
      setFollowing(!following);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="follow-toggle">
      <button
        type="button"
        className={following ? 'button button--quiet button--small' : 'button button--small'}
        data-testid="follow-toggle"
        data-following={following}
        aria-pressed={following}
        disabled={busy}
        title={following ? undefined : t('activity.followHint')}
        onClick={toggle}
      >
        {following ? t('activity.unfollow') : t('activity.follow')}
      </button>
      {failed && (
        <span className="follow-toggle__error" role="alert">
          {t('activity.followFailed')}
        </span>
      )}
    </div>
  );
}
