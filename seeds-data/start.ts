// The entry point of `npm start`: Semis (server/index.ts) with the demo landscape loaded into an empty
// database. The server only receives the loader as its `loadDemo` hook, so it never imports seeds-data.
import { startSemis } from '../server/index';
import { loadDemoIfEmpty } from './loader';

startSemis({ loadDemo: loadDemoIfEmpty });
