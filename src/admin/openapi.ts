import { z } from 'zod';
import { problemSchema } from './problem.js';
import type { AdminRoute } from './route.js';

type JsonObject = Record<string, unknown>;

const objectShape = z.object({
  properties: z.record(z.string(), z.record(z.string(), z.unknown())).optional(),
  required: z.array(z.string()).optional(),
});

/**
 * The OpenAPI 3.1 document, built from the same zod schemas the routes parse with. Schemas named
 * with `.meta({ id })` become components; JSON Schema 2020-12 is OpenAPI 3.1's own dialect.
 */
export function buildOpenApi(input: { routes: readonly AdminRoute[]; basePath: string; version: string }): unknown {
  const components: JsonObject = {};
  const schemaOf = (schema: z.ZodType, io: 'input' | 'output'): JsonObject => {
    const { $schema: _dialect, $defs, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
    Object.assign(components, $defs ?? {});
    return rest;
  };
  const problemResponse = (description: string) => ({
    description,
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
  });
  const paths: Record<string, JsonObject> = {};
  for (const route of input.routes) {
    const path = `${input.basePath}${route.path.replace(/:(\w+)/g, '{$1}')}`;
    const parameters: JsonObject[] = [];
    for (const [where, schema] of [
      ['path', route.schemas.params],
      ['query', route.schemas.query],
    ] as const) {
      if (!schema) continue;
      const json = objectShape.parse(schemaOf(schema, 'input'));
      const required = new Set(json.required ?? []);
      for (const [name, property] of Object.entries(json.properties ?? {})) {
        const { description, ...propertySchema } = property;
        parameters.push({
          name,
          in: where,
          required: where === 'path' || required.has(name),
          schema: propertySchema,
          ...(typeof description === 'string' ? { description } : {}),
        });
      }
    }
    const status = String(route.schemas.status ?? 200);
    const success =
      route.schemas.response === 'csv'
        ? { description: 'CSV file', content: { 'text/csv': { schema: { type: 'string' } } } }
        : {
            description: 'OK',
            content: { 'application/json': { schema: schemaOf(route.schemas.response, 'output') } },
          };
    const secured = route.access !== 'public';
    paths[path] = {
      ...paths[path],
      [route.method]: {
        summary: route.summary,
        tags: [route.tag],
        operationId: `${route.method}${path.replace(/[^A-Za-z0-9]+(\w)?/g, (_match, next: string | undefined) => (next ?? '').toUpperCase())}`,
        ...(secured
          ? { security: [{ accessKey: [] }, { loginCookie: [] }], 'x-roles': route.access }
          : { security: [] }),
        ...(parameters.length > 0 ? { parameters } : {}),
        ...(route.schemas.body
          ? {
              requestBody: {
                required: true,
                content: { 'application/json': { schema: schemaOf(route.schemas.body, 'input') } },
              },
            }
          : {}),
        responses: {
          [status]: success,
          '400': problemResponse('The input is not valid; `errors` names each field'),
          ...(secured
            ? {
                '401': problemResponse('No valid access key or login'),
                '403': problemResponse('Not allowed for this role'),
                '404': problemResponse('Not found, or in a city this account may not see'),
              }
            : {}),
        },
      },
    };
  }
  components.Problem = schemaOf(problemSchema, 'output');
  const document = {
    openapi: '3.1.0',
    info: {
      title: 'duo-bot staff API',
      version: input.version,
      description:
        'For DUO for a JOB staff: applicants, handoffs, information sessions, results and personal data requests. ' +
        'Errors are application/problem+json (RFC 9457). Lists are paginated with page and pageSize.',
    },
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        accessKey: { type: 'http', scheme: 'bearer', description: 'The access key printed by `npm run staff -- add`' },
        loginCookie: { type: 'apiKey', in: 'cookie', name: 'duo_admin' },
      },
    },
  };
  const linked: unknown = JSON.parse(JSON.stringify(document).replaceAll('"#/$defs/', '"#/components/schemas/'));
  return linked;
}
