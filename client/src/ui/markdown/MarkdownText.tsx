// A node's markdown text in the panel. The renderer (react-markdown and its parser) is a separate chunk
// loaded on first use, so the page's first load does not carry it; until it arrives the text shows as
// plain text.
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { toPlainText } from '../../features/panel/node-details';

const SafeMarkdown = lazy(() => import('./SafeMarkdown'));

export function MarkdownText({ text, className }: { text: string; className?: string }) {
  const { t } = useTranslation();
  const classes = ['md', className].filter(Boolean).join(' ');
  return (
    <div className={classes} data-testid="markdown">
      <Suspense fallback={<p className="md__plain">{toPlainText(text)}</p>}>
        <SafeMarkdown text={text} imageLabel={t('nodePanel.markdownImage')} />
      </Suspense>
    </div>
  );
}
