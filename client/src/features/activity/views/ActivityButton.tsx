// The header's « Activité » button: opens the activity drawer, and carries the inbox's unread count as a
// badge for a member; what changed since the last visit keeps its label drawn on the map. It owns the drawer's open state, the unread count and "since your last visit", so
// the header holds one small piece; the drawer itself is portalled to <body> (the phone menu it sits in
// closes once a tool is used).
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n';
import type { LandscapeGraph } from '../../../map/landscape';
import { markWritten } from '../../../map/map-store';
import { useContribute } from '../../contribute/context';
import { badgeText } from '../index';
import { useInboxUnread } from '../use-inbox-unread';
import { useSinceLastVisit } from '../use-since-last-visit';
import { ActivityPanel } from './ActivityPanel';
import '../activity.css';

interface Props {
  onSelect: (nodeId: string) => void;
  /** The map's graph: what changed since the last visit keeps its label drawn there. */
  graph: LandscapeGraph;
}

export function ActivityButton({ onSelect, graph }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const { me } = useContribute();
  const [open, setOpen] = useState(false);
  const personId = me?.person.id ?? null;
  const inbox = useInboxUnread(personId);
  const since = useSinceLastVisit(personId, me !== undefined, lang);
  const badge = badgeText(inbox.unread);
  // what changed since the last visit stands out on the map: its labels stay drawn at any zoom
  useEffect(() => {
    for (const id of since.nodeIds) markWritten(graph, id);
  }, [graph, since.nodeIds]);
  return (
    <>
      <button
        type="button"
        className="button button--quiet button--small activity-button"
        data-testid="activity-button"
        aria-expanded={open}
        aria-label={inbox.unread > 0 ? t('activity.buttonUnread', { count: inbox.unread }) : undefined}
        onClick={() => setOpen((was) => !was)}
      >
        {t('activity.button')}
        {badge && (
          <span
            className="activity-badge"
            data-testid="inbox-badge"
            data-count={inbox.unread}
            aria-hidden="true"
          >
            {badge}
          </span>
        )}
      </button>
      {open &&
        createPortal(
          <ActivityPanel
            member={me !== null && me !== undefined}
            since={since}
            onUnread={inbox.set}
            onSelect={onSelect}
            onClose={() => {
              since.markSeen();
              inbox.refresh();
              setOpen(false);
            }}
          />,
          document.body,
        )}
    </>
  );
}
