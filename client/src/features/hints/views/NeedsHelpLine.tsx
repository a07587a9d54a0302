// The node panel's « Besoin d'aide : … » line, when the node is among the hints.
import { useTranslation } from 'react-i18next';
import type { HintKind } from '../../../../../shared/hints';
import '../hints.css';

export function NeedsHelpLine({ kinds }: { kinds: readonly HintKind[] | undefined }) {
  const { t } = useTranslation();
  if (!kinds || kinds.length === 0) return null;
  return (
    <p className="panel__needs-help" data-testid="needs-help" data-kinds={kinds.join(' ')}>
      <strong>{t('hints.needsHelp')}</strong> {kinds.map((kind) => t(`hints.need.${kind}`)).join(' ; ')}
    </p>
  );
}
