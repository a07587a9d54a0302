// A photo with the regions of the questions it prompted drawn over it (each a labelled button that
// selects its question) and, while a part is being chosen, the surface that takes the drag and the
// rectangle drawn so far. Used in the node panel (thumbnail) and in the enlarged view (full image).
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type PhotoRegion, type PromptedRegion, regionStyle } from '..';
import { useRegionDrag } from '../use-region-drag';

interface Props {
  src: string;
  alt: string;
  width?: number;
  height?: number;
  regions: readonly PromptedRegion[];
  onSelectQuestion: (questionId: string) => void;
  /** Set while a part of the photo is being chosen: the drawn region and how to change it. */
  drawing?: { region: PhotoRegion | null; onChange: (region: PhotoRegion | null) => void };
  /** A click on the image itself (not on a region) when not drawing. */
  onImageClick?: () => void;
  testId?: string;
}

export function PhotoWithRegions(props: Props) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const { drawing } = props;
  const drag = useRegionDrag(box, drawing?.region ?? null, drawing?.onChange ?? (() => {}));
  return (
    <div className={`photo${drawing ? ' photo--drawing' : ''}`} ref={box}>
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: the "enlarge" button is the keyboard's way. */}
      <img
        className="photo__image"
        src={props.src}
        alt={props.alt}
        width={props.width}
        height={props.height}
        data-testid={props.testId}
        draggable={false}
        onClick={drawing ? undefined : props.onImageClick}
      />
      {props.regions.map((prompted, index) => (
        <button
          key={prompted.questionId}
          type="button"
          className="photo__region"
          style={regionStyle(prompted.region)}
          data-testid="photo-region"
          data-question={prompted.questionId}
          aria-label={t('photos.region', { title: prompted.title })}
          title={prompted.title}
          tabIndex={drawing ? -1 : 0}
          onClick={() => props.onSelectQuestion(prompted.questionId)}
        >
          <span className="photo__region-number">{index + 1}</span>
        </button>
      ))}
      {drawing && (
        <div
          className="photo__surface"
          data-testid="photo-draw-surface"
          onPointerDown={drag.onPointerDown}
          onPointerMove={drag.onPointerMove}
          onPointerUp={drag.onPointerUp}
          onPointerCancel={drag.onPointerCancel}
        >
          {drawing.region && <div className="photo__draft" style={regionStyle(drawing.region)} />}
        </div>
      )}
    </div>
  );
}
