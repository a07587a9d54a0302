// Entry point: reads the view the URL describes, sets up the translations (the URL's language first, so
// it is known before the first render) while the graph chunk loads (and sigma's starts loading), then
// mounts the page on that view and its graph.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from './i18n';
import { decodeView } from './state/view';
import { App } from './views/App';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const initialView = decodeView(window.location.search);

void import('sigma'); // fetched now, used by the map once the page is mounted

void Promise.all([initI18n(initialView.lang), import('./state/landscape/graph')]).then(
  ([, { createLandscapeGraph }]) => {
    createRoot(root).render(
      <StrictMode>
        <App initialView={initialView} graph={createLandscapeGraph()} />
      </StrictMode>,
    );
  },
);
