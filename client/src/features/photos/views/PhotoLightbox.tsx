// The photo enlarged over the page (the full image, not the thumbnail), with its question regions; a
// region selects its question. Closed by its button, a click beside the photo, or Escape.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PromptedRegion } from '..';
import { PhotoWithRegions } from './PhotoWithRegions';

interface Props {
  src: string;
  alt: string;
  width?: number;
  height?: number;
  regions: readonly PromptedRegion[];
  onSelectQuestion: (questionId: string) => void;
  onClose: () => void;
}

export function PhotoLightbox({ onClose, onSelectQuestion, ...photo }: Props) {
  const { t } = useTranslation();
  const closeButton = useRef<HTMLButtonElement>(null);
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    closeButton.current?.focus();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault(); // the page's own Escape (close the panel) leaves it alone
      close.current();
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => {
      window.removeEventListener('keydown', onKeyDown, { capture: true });
      previous?.focus();
    };
  }, []);

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: Escape and the close button are the keyboard's way out.
    <div
      className="photo-lightbox"
      role="dialog"
      aria-modal="true"
      aria-label={photo.alt}
      data-testid="photo-lightbox"
      onClick={(event) => event.target === event.currentTarget && onClose()}
    >
      <button
        ref={closeButton}
        type="button"
        className="photo-lightbox__close"
        onClick={onClose}
        aria-label={t('photos.closeFull')}
      >
        ×
      </button>
      <div className="photo-lightbox__frame">
        <PhotoWithRegions
          {...photo}
          onSelectQuestion={(id) => {
            onClose();
            onSelectQuestion(id);
          }}
        />
      </div>
    </div>
  );
}
