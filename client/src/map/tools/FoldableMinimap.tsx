// The minimap with a button that folds it away (folded at first on phones and in embeds: folded-at-first.ts).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { foldedAtFirst } from '../../ui/folded-at-first';
import { Minimap } from './Minimap';

type Props = Parameters<typeof Minimap>[0];

export function FoldableMinimap(props: Props) {
  const { t } = useTranslation();
  const [folded, setFolded] = useState(foldedAtFirst);
  return (
    <div className="minimap-fold">
      <button
        type="button"
        className="map-tools__button minimap-fold__toggle"
        data-testid="minimap-toggle"
        aria-expanded={!folded}
        onClick={() => setFolded((was) => !was)}
      >
        {t(folded ? 'mapTools.minimap.show' : 'mapTools.minimap.hide')}
      </button>
      {!folded && <Minimap {...props} />}
    </div>
  );
}
