// Reads and checks the demo landscape file (landscape.json) against the shared contract: every node is
// a valid creation of its kind, every link a valid link whose relation fits the two kinds.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { type CreateNode, createNodeSchema } from '../shared/entities';
import { type CreateLink, createLinkSchema } from '../shared/links';
import { checkRelationKinds, type Kind } from '../shared/vocabulary';

export const DEMO_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'landscape.json');

const demoIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/);
export interface DemoNode {
  id: string;
  node: CreateNode;
}
export interface DemoLandscape {
  nodes: DemoNode[];
  links: CreateLink[];
}

export class DemoFileError extends Error {}

/** Parses the demo file; throws a DemoFileError listing every problem found. */
export function parseDemoLandscape(raw: unknown): DemoLandscape {
  const file = z
    .object({
      nodes: z.array(z.record(z.string(), z.unknown())),
      links: z.array(z.record(z.string(), z.unknown())),
    })
    .parse(raw);
  const problems: string[] = [];
  const nodes: DemoNode[] = [];
  const kinds = new Map<string, Kind>();
  for (const { id, evidence: _evidence, ...fields } of file.nodes) {
    const idCheck = demoIdSchema.safeParse(id);
    const node = createNodeSchema.safeParse(fields);
    if (!idCheck.success) problems.push(`node id ${JSON.stringify(id)} is not a demo id`);
    else if (kinds.has(idCheck.data)) problems.push(`node id ${idCheck.data} appears twice`);
    if (!node.success)
      problems.push(
        `node ${String(id)}: ${node.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
      );
    if (idCheck.success && node.success) {
      nodes.push({ id: idCheck.data, node: node.data });
      kinds.set(idCheck.data, node.data.kind);
    }
  }
  const links: CreateLink[] = [];
  for (const { evidence: _evidence, ...fields } of file.links) {
    const link = createLinkSchema.safeParse(fields);
    if (!link.success) {
      problems.push(`link ${JSON.stringify(fields)}: ${link.error.issues.map((i) => i.message).join('; ')}`);
      continue;
    }
    const source = kinds.get(link.data.source);
    const target = kinds.get(link.data.target);
    if (!source || !target) {
      problems.push(`link ${link.data.source} -${link.data.relation}-> ${link.data.target}: unknown end`);
      continue;
    }
    const rule = checkRelationKinds(link.data.relation, source, target);
    if (rule) problems.push(`link ${link.data.source} -${link.data.relation}-> ${link.data.target}: ${rule}`);
    else links.push(link.data as CreateLink);
  }
  if (problems.length > 0)
    throw new DemoFileError(`The demo landscape has ${problems.length} problem(s):\n${problems.join('\n')}`);
  return { nodes, links };
}

export function readDemoLandscape(file = DEMO_FILE): DemoLandscape {
  return parseDemoLandscape(JSON.parse(fs.readFileSync(file, 'utf8')));
}
