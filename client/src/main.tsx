// Entry point: reads the view the URL describes and, at once, starts the landscape request and the graph
// and sigma chunks; sets up the translations (the URL's language first, so it is known before the first
// render); then mounts the page on that view and its graph. The page's first landscape request takes
// over the response already on its way (api/http.ts prefetch).
// The shared buttons first: a component's own CSS, loaded after, may adjust them.
import './ui/forms/buttons.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { landscapeUrl } from './api/endpoints';
import { prefetch } from './api/http';
import { App } from './app/App';
import { decodeView } from './features/explore/view';
import { initI18n, startingLanguage } from './i18n';
import './app/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The Content-Security-Policy forbids eval: tell zod not to try its compiled parsers (and log a violation).
z.config({ jitless: true });

const initialView = decodeView(window.location.search);
prefetch(landscapeUrl(startingLanguage(initialView.lang), initialView.max ?? undefined));

// void import('sigma'); // fetched now, used by the map once the page is mounted

void Promise.all([initI18n(initialView.lang), import('./map/landscape/graph')]).then(
  ([, { createLandscapeGraph }]) => {
    createRoot(root).render(
      <StrictMode>
        <App initialView={initialView} graph={createLandscapeGraph()} />
      </StrictMode>,
    );
  },
);
