// Generates the OpenAPI 3.1 document from the shared endpoint registry and its zod schemas (never
// written by hand), so the document cannot drift from what the server validates.
import { z } from 'zod';
import { ENDPOINTS, type Endpoint } from '../../shared/api';
import { ERROR_STATUS, errorBodySchema } from '../../shared/errors';
import {
  IDEMPOTENCY_HEADER,
  IDEMPOTENCY_HEADER_DOC,
  IDEMPOTENT_ENDPOINTS,
} from '../idempotency/idempotency-key';

type JsonSchema = Record<string, unknown>;

const toSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
};

/** `/api/nodes/:id` → `/api/nodes/{id}` */
export const toOpenApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

function parameters(endpoint: Endpoint) {
  const out: unknown[] = [];
  for (const [where, schema] of [
    ['path', endpoint.params],
    ['query', endpoint.query],
  ] as const) {
    if (!schema) continue;
    const json = toSchema(schema, 'input') as {
      properties?: Record<string, JsonSchema>;
      required?: string[];
    };
    for (const [name, property] of Object.entries(json.properties ?? {})) {
      out.push({
        name,
        in: where,
        required: where === 'path' || (json.required ?? []).includes(name),
        schema: property,
      });
    }
  }
  const headers = { ...endpoint.headers };
  if (IDEMPOTENT_ENDPOINTS.includes(endpoint)) headers[IDEMPOTENCY_HEADER] = IDEMPOTENCY_HEADER_DOC;
  for (const [name, header] of Object.entries(headers)) {
    out.push({
      name,
      in: 'header',
      required: header.required,
      description: header.description,
      schema:
        name === IDEMPOTENCY_HEADER
          ? { type: 'string', minLength: 1, maxLength: 255, pattern: '^[\\x21-\\x7e]+$' }
          : { type: 'string', ...(header.pattern ? { pattern: header.pattern } : {}) },
    });
  }
  return out;
}

function operation(name: string, endpoint: Endpoint) {
  const responses: Record<string, unknown> = {};
  for (const [status, response] of Object.entries(endpoint.responses)) {
    const isError = Number(status) >= 400;
    const schema = response.schema
      ? toSchema(response.schema, 'output')
      : isError
        ? { $ref: '#/components/schemas/Error' }
        : undefined;
    const headers = Object.entries(response.headers ?? {}).map(([name, header]) => [
      name,
      { description: header.description, schema: { type: 'integer', minimum: 1 } },
    ]);
    responses[status] = {
      description: response.description,
      ...(headers.length > 0 ? { headers: Object.fromEntries(headers) } : {}),
      ...(schema ? { content: { 'application/json': { schema } } } : {}),
    };
  }
  if (IDEMPOTENT_ENDPOINTS.includes(endpoint)) {
    for (const [status, description] of [
      [
        String(ERROR_STATUS.IDEMPOTENCY_KEY_IN_FLIGHT),
        'Idempotency-Key still in flight (IDEMPOTENCY_KEY_IN_FLIGHT), or a conflict',
      ],
      [
        String(ERROR_STATUS.IDEMPOTENCY_KEY_REUSED),
        'Idempotency-Key already used with another body (IDEMPOTENCY_KEY_REUSED)',
      ],
    ] as const) {
      responses[status] ??= {
        description,
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      };
    }
  }
  responses.default = {
    description: 'error',
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
  };
  return {
    operationId: name,
    summary: endpoint.summary,
    ...(endpoint.description ? { description: endpoint.description } : {}),
    parameters: parameters(endpoint),
    ...(endpoint.body
      ? {
          requestBody: {
            required: true,
            content: {
              [endpoint.bodyMediaType ?? 'application/json']: { schema: toSchema(endpoint.body, 'input') },
            },
          },
        }
      : {}),
    responses,
  };
}

export function buildOpenApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [name, endpoint] of Object.entries(ENDPOINTS) as [string, Endpoint][]) {
    const path = toOpenApiPath(endpoint.path);
    paths[path] ??= {};
    paths[path][endpoint.method] = operation(name, endpoint);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Semis API',
      version: '0.1.0',
      description: 'The knowledge landscape of Semis: seeds, questions, people, resources and communities.',
    },
    paths,
    components: { schemas: { Error: toSchema(errorBodySchema, 'output') } },
  };
}
