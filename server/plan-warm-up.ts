// Once Semis is ready, asks itself over HTTP for what a first visitor's page asks (the landscape, a node in
// both languages, its neighbourhood and history, a search, the activity feed, the hints and traces), in the background, so that Neo4j plans those
// statements before a person waits for them: planning the visibility predicates costs seconds the first
// time (docs/benchmarks.md, bench:undo), and the first panel said « Chargement… » for as long. Failures are
// only logged at debug level: this changes no data and nobody waits for it.
import { ENDPOINTS } from '../shared/api';

type Say = (line: string) => void;

const pathOf = (template: string, id: string) => template.replace(':id', encodeURIComponent(id));

export async function warmPlans(baseUrl: string, debug: Say): Promise<void> {
  const started = performance.now();
  let failed = 0;
  const get = async (path: string) => {
    const res = await fetch(`${baseUrl}${path}`);
    if (!res.ok) failed += 1;
    return res;
  };
  try {
    const landscape = (await (await get(`${ENDPOINTS.landscape.path}?limit=50`)).json()) as {
      nodes?: { key: string }[];
    };
    const id = landscape.nodes?.[0]?.key;
    // the activity feed with "since": the one statement the landscape's feed and its count share
    // hints and traces: « Où aider ? » and the halo, read as soon as the map is drawn
    const paths = [
      `${ENDPOINTS.search.path}?q=compost`,
      `${ENDPOINTS.activity.path}?after=0&limit=1`,
      ENDPOINTS.hints.path,
      ENDPOINTS.traces.path,
    ];
    if (id) {
      paths.push(
        `${pathOf(ENDPOINTS.getNode.path, id)}?lang=fr`,
        `${pathOf(ENDPOINTS.getNode.path, id)}?lang=en`,
        `${pathOf(ENDPOINTS.neighbourhood.path, id)}?depth=1`,
        pathOf(ENDPOINTS.nodeHistory.path, id),
      );
    }
    for (const path of paths) await get(path);
    debug(
      `query plans warmed (${paths.length + 1} requests, ${failed} not ok) in ${Math.round(performance.now() - started)} ms`,
    );
  } catch (error) {
    debug(`query plans not warmed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
