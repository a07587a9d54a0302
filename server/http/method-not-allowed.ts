// 405 Method Not Allowed with its `Allow` header, for a path Semis serves but not with this method,
// built from the shared ENDPOINTS contract (the one list of what exists). TRACE (and TRACK) always get
// 405: Semis never echoes a request back. Mounted before the API routes and their body
// parsing (PUT /api/photos with any body is 405, not 415); a path or method in the contract passes through.
import type { RequestHandler } from 'express';
import { ENDPOINTS } from '../../shared/api';
import { AppError } from './errors';

interface PathMethods {
  pattern: RegExp;
  methods: Set<string>;
}

/** `/api/nodes/:id` → /^\/api\/nodes\/[^/]+\/?$/ ; one entry per path with all its methods. */
function pathTable(): PathMethods[] {
  const byPath = new Map<string, PathMethods>();
  for (const endpoint of Object.values(ENDPOINTS)) {
    let entry = byPath.get(endpoint.path);
    if (!entry) {
      const source = endpoint.path
        .split('/')
        .map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('/');
      entry = { pattern: new RegExp(`^${source}/?$`), methods: new Set() };
      byPath.set(endpoint.path, entry);
    }
    entry.methods.add(endpoint.method.toUpperCase());
    if (endpoint.method === 'get') entry.methods.add('HEAD');
  }
  return [...byPath.values()];
}

/** The methods a path supports (union over the endpoints whose pattern it matches), in a stable order. */
export function allowedMethods(table: PathMethods[], path: string): string[] {
  const allowed = new Set<string>();
  for (const entry of table) if (entry.pattern.test(path)) for (const m of entry.methods) allowed.add(m);
  return ['GET', 'HEAD', 'POST', 'PATCH', 'PUT', 'DELETE'].filter((m) => allowed.has(m));
}

export function methodNotAllowed(): RequestHandler {
  const table = pathTable();
  return (req, res, next) => {
    const allowed = allowedMethods(table, req.path);
    const isTrace = req.method === 'TRACE' || req.method === 'TRACK';
    if (!isTrace && (allowed.length === 0 || allowed.includes(req.method))) return next();
    res.setHeader('Allow', allowed.join(', '));
    next(
      new AppError(
        'METHOD_NOT_ALLOWED',
        allowed.length
          ? `${req.method} is not allowed on ${req.path}; allowed: ${allowed.join(', ')}`
          : `${req.method} is not allowed`,
      ),
    );
  };
}
