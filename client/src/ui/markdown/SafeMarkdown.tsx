// Markdown rendered safely (loaded lazily by MarkdownText): react-markdown without rehype-raw, so HTML in
// a text shows as text; links only to http(s)/mailto, opened in a new tab without referrer or ranking
// credit; images never loaded — a link to them (or their alt text) instead, named as images; headings kept below the panel's.
import type { ReactNode } from 'react';
import Markdown, { type Components } from 'react-markdown';
import { safeLinkHref } from '../../features/panel/node-details/safe-url';

const LINK_ATTRIBUTES = { target: '_blank', rel: 'noopener noreferrer nofollow' } as const;

const heading =
  (Tag: 'h4' | 'h5') =>
  ({ children }: { children?: ReactNode }) => <Tag className="md__heading">{children}</Tag>;

function components(imageLabel: string): Components {
  return {
    a: ({ href, children }) =>
      href ? (
        <a href={href} {...LINK_ATTRIBUTES}>
          {children}
        </a>
      ) : (
        <span className="md__unlinked">{children}</span>
      ),
    img: ({ src, alt }) => {
      const href = safeLinkHref(typeof src === 'string' ? src : undefined);
      const label = alt?.trim() ? `${alt.trim()} (${imageLabel})` : imageLabel;
      return href ? (
        <a href={href} className="md__image" {...LINK_ATTRIBUTES}>
          {label}
        </a>
      ) : (
        <span className="md__image">{label}</span>
      );
    },
    h1: heading('h4'),
    h2: heading('h4'),
    h3: heading('h5'),
    h4: heading('h5'),
    h5: heading('h5'),
    h6: heading('h5'),
  };
}

/** Every URL in the text (links, images) goes through this: unsafe ones become '' and are dropped. */
const urlTransform = (url: string) => safeLinkHref(url) ?? '';

export interface SafeMarkdownProps {
  text: string;
  /** What an image without alt text is called (translated by the caller). */
  imageLabel: string;
}

export default function SafeMarkdown({ text, imageLabel }: SafeMarkdownProps) {
  return (
    <Markdown components={components(imageLabel)} urlTransform={urlTransform}>
      {text}
    </Markdown>
  );
}
