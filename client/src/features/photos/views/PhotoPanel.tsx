// The photo part of the node panel. For a photo Resource: its thumbnail (the full image on click), the
// regions of the questions it prompted drawn over it and listed under it, and "Poser une question sur une
// partie de la photo" (draw a rectangle or type it, then ask). For a Question or a Seed: the button that
// opens "Ajouter une photo" for it. Nothing for other nodes. Read-only (the embed): the photo and its
// regions, no button that writes.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RelationSummary } from '../../../../../shared/api';
import type { NodeView } from '../../../../../shared/entities';
import { useLang } from '../../../i18n';
import { useContribute } from '../../contribute/context';
import { localized } from '../../panel/node-details';
import { type PhotoNode, type PhotoRegion, photoOf, promptedRegions } from '..';
import { PhotoLightbox } from './PhotoLightbox';
import { PhotoWithRegions } from './PhotoWithRegions';
import { RegionQuestionForm } from './RegionQuestionForm';
import './photos.css';

interface Props {
  node: NodeView;
  relations: readonly RelationSummary[];
  onSelect: (nodeId: string) => void;
  /** Buttons that add a photo or ask about a region (false in the read-only embed). */
  contribute?: boolean;
}

export function PhotoPanel({ node, relations, onSelect, contribute = true }: Props) {
  const photo = photoOf(node);
  if (photo) {
    return (
      <PhotoOfNode
        key={node.id}
        node={node}
        photo={photo}
        relations={relations}
        onSelect={onSelect}
        contribute={contribute}
      />
    );
  }
  if (contribute && (node.kind === 'Question' || node.kind === 'Seed'))
    return <AddPhotoButton nodeId={node.id} />;
  return null;
}

function AddPhotoButton({ nodeId }: { nodeId: string }) {
  const { t } = useTranslation();
  const { open } = useContribute();
  return (
    <button
      type="button"
      className="button button--quiet photo-add"
      data-testid="photo-add"
      onClick={() => open({ action: 'add-photo', nodeId })}
    >
      {t('photos.addButton')}
    </button>
  );
}

function PhotoOfNode({ node, photo, relations, onSelect, contribute }: Props & { photo: PhotoNode }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { me, open } = useContribute();
  const regions = useMemo(() => promptedRegions(relations), [relations]);
  const [enlarged, setEnlarged] = useState(false);
  const [drawing, setDrawing] = useState(false);
  const [region, setRegion] = useState<PhotoRegion | null>(null);
  const alt = t('photos.image', { title: localized(node, 'title', lang) ?? '' });

  const startDrawing = () => {
    if (!me) return open({ action: 'login' });
    setRegion(null);
    setDrawing(true);
  };
  const stopDrawing = () => {
    setDrawing(false);
    setRegion(null);
  };

  return (
    <section className="photo-panel" aria-label={alt}>
      <PhotoWithRegions
        src={photo.thumbnailUrl}
        alt={alt}
        width={photo.width}
        height={photo.height}
        regions={regions}
        onSelectQuestion={onSelect}
        drawing={drawing ? { region, onChange: setRegion } : undefined}
        onImageClick={() => setEnlarged(true)}
        testId="photo-image"
      />
      {!drawing && (
        <div className="photo-panel__actions">
          <button type="button" className="button button--quiet" onClick={() => setEnlarged(true)}>
            {t('photos.enlarge')}
          </button>
          {contribute && (
            <button type="button" className="button" data-testid="photo-draw-region" onClick={startDrawing}>
              {t('photos.draw')}
            </button>
          )}
        </div>
      )}
      {drawing && (
        <RegionQuestionForm
          photoId={photo.id}
          region={region}
          onRegionChange={setRegion}
          onCancel={stopDrawing}
        />
      )}
      {regions.length > 0 && (
        <div className="photo-panel__regions">
          <h3 className="panel-section__title">{t('photos.regionsTitle')}</h3>
          <ol>
            {regions.map((prompted) => (
              <li key={prompted.questionId}>
                <button
                  type="button"
                  className="neighbour"
                  data-testid="photo-region-question"
                  data-question={prompted.questionId}
                  onClick={() => onSelect(prompted.questionId)}
                >
                  {prompted.title}
                </button>
              </li>
            ))}
          </ol>
        </div>
      )}
      {enlarged && (
        <PhotoLightbox
          src={photo.url}
          alt={alt}
          width={photo.width}
          height={photo.height}
          regions={regions}
          onSelectQuestion={onSelect}
          onClose={() => setEnlarged(false)}
        />
      )}
    </section>
  );
}
