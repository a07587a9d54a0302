// Parses a request's params, query and body with the endpoint's zod schemas from the shared contract.
import type { Request } from 'express';
import type { z } from 'zod';
import { validationError } from './errors';

export function parse<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(where, result.error);
  return result.data;
}

export const parseQuery = <S extends z.ZodType>(schema: S, req: Request) =>
  parse(schema, req.query ?? {}, 'query');
export const parseParams = <S extends z.ZodType>(schema: S, req: Request) =>
  parse(schema, req.params ?? {}, 'path');
export const parseBody = <S extends z.ZodType>(schema: S, req: Request) =>
  parse(schema, req.body ?? {}, 'body');
