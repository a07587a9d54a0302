// The « Où aider ? » list, over the map while the lens is on: the hints grouped by kind, each group with
// its sentence and count (« 12 questions sans ressource »), each hint a button that selects its node; a
// group shows its first GROUP_PREVIEW hints until « Tout voir » unfolds it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HintsMode } from '../use-hints';
import '../hints.css';

/** Hints shown per group before « Tout voir ». */
export const GROUP_PREVIEW = 5;

interface Props {
  hints: HintsMode;
  onSelect: (nodeId: string) => void;
  selected: string | null;
}

export function HintsPanel({ hints, onSelect, selected }: Props) {
  const { t } = useTranslation();
  const [unfolded, setUnfolded] = useState<ReadonlySet<string>>(new Set());
  if (!hints.active) return null;
  return (
    <section className="hints-panel" aria-labelledby="hints-panel-title" data-testid="hints-panel">
      <div className="hints-panel__top">
        <h2 id="hints-panel-title" className="hints-panel__title">
          {t('hints.title')}
        </h2>
        <button
          type="button"
          className="hints-panel__close"
          aria-label={t('hints.close')}
          onClick={hints.toggle}
        >
          ×
        </button>
      </div>
      {hints.status === 'loading' && <p className="hints-panel__note">{t('hints.loading')}</p>}
      {hints.status === 'error' && (
        <p className="hints-panel__note">
          {t('hints.failed')}{' '}
          <button type="button" className="hints-panel__retry" onClick={hints.retry}>
            {t('hints.retry')}
          </button>
        </p>
      )}
      {hints.status === 'ready' && hints.groups.length === 0 && (
        <p className="hints-panel__note" data-testid="hints-empty">
          {t('hints.none')}
        </p>
      )}
      {hints.groups.map((group) => {
        const open = unfolded.has(group.kind);
        const listed = open ? group.hints : group.hints.slice(0, GROUP_PREVIEW);
        return (
          <div
            key={group.kind}
            className="hints-panel__group"
            data-testid="hints-group"
            data-kind={group.kind}
          >
            <h3 className="hints-panel__kind">{t(`hints.groups.${group.kind}`, { count: group.count })}</h3>
            <ul className="hints-panel__list">
              {listed.map((hint) => (
                <li key={hint.nodeId}>
                  <button
                    type="button"
                    className="hints-panel__hint"
                    data-testid="hint"
                    data-node-id={hint.nodeId}
                    data-kind={hint.kind}
                    aria-current={hint.nodeId === selected ? 'true' : undefined}
                    onClick={() => onSelect(hint.nodeId)}
                  >
                    {hint.title}
                    {hint.detail && (
                      <span className="hints-panel__detail">
                        {' '}
                        · {t(`hints.stance.${hint.detail as 'supports' | 'challenges' | 'nuances'}`)}
                      </span>
                    )}
                  </button>
                </li>
              ))}
            </ul>
            {!open && group.hints.length > listed.length && (
              <button
                type="button"
                className="hints-panel__all"
                data-testid="hints-all"
                onClick={() => setUnfolded((kinds) => new Set([...kinds, group.kind]))}
              >
                {t('hints.all', { count: group.count })}
              </button>
            )}
            {open && group.count > group.hints.length && (
              <p className="hints-panel__more">
                {t('hints.more', { count: group.count - group.hints.length })}
              </p>
            )}
          </div>
        );
      })}
    </section>
  );
}
