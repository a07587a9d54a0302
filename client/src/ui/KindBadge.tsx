// A node kind shown as a coloured dot, optionally with its translated name (the map's colour code).
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Kind } from '../../../shared/vocabulary';
import { KIND_COLORS } from '../map/sigma/colors';

export function KindDot({ kind }: { kind: Kind }) {
  return <span className="kind-dot" style={{ background: KIND_COLORS[kind] }} aria-hidden="true" />;
}

export function KindBadge({ kind }: { kind: Kind }) {
  const { t } = useTranslation();
  const style = { '--kind-color': KIND_COLORS[kind] } as CSSProperties;
  return (
    <span className="kind-badge" style={style}>
      <KindDot kind={kind} />
      {t(`kinds.${kind}`)}
    </span>
  );
}
