// Serves the generated OpenAPI document at GET /api/openapi.json (built once, on first request).
import { Router } from 'express';
import { ENDPOINTS } from '../../shared/api';
import { buildOpenApiDocument } from './openapi';

export function openApiRoutes(): Router {
  const router = Router();
  let document: ReturnType<typeof buildOpenApiDocument> | undefined;
  router.get(ENDPOINTS.openapi.path, (_req, res) => {
    document ??= buildOpenApiDocument();
    res.json(document);
  });
  return router;
}
