// Entry point: reads the view the URL describes, sets up the translations (the URL's language first, so
// it is known before the first render), then mounts the page on that view.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from './i18n';
import { decodeView } from './state/view';
import { App } from './views/App';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const initialView = decodeView(window.location.search);

void initI18n(initialView.lang).then(() => {
  createRoot(root).render(
    <StrictMode>
      <App initialView={initialView} />
    </StrictMode>,
  );
});
