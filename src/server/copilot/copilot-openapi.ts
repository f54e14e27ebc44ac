import { z } from 'zod';
import { FindingSchema, SuggestionSchema } from '../../copilot/suggestion';
import { ActionBodySchema, DraftCheckBodySchema, ErrorBodySchema, MessageBodySchema, SessionIdSchema } from './copilot-request-schemas';

/** JSON Schema 2020-12 (what OpenAPI 3.1 uses) from a zod schema, as requests are read or as responses are written. */
function schemaOf(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  return rest;
}

const json = (ref: string) => ({ 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } });
const error = (description: string) => ({ description, content: json('Error') });
const sessionParameter = { name: 'sessionId', in: 'path', required: true, schema: schemaOf(SessionIdSchema, 'input') };
const refused = { '400': error('Invalid body or session id'), '401': error('Missing or wrong key') };

/**
 * The copilot API as an OpenAPI 3.1 document, generated from the very zod
 * schemas that validate the requests and shape the answers, so the two
 * cannot drift apart.
 */
export function copilotOpenApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Kmart order support: agent copilot API',
      version: '1.1.0',
      description: 'Forward each message of a live chat; get what to say and do next. Every call but this document needs "Authorization: Bearer <key>".',
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        MessageRequest: schemaOf(MessageBodySchema, 'input'),
        ActionRequest: schemaOf(ActionBodySchema, 'input'),
        DraftCheckRequest: schemaOf(DraftCheckBodySchema, 'input'),
        Suggestion: schemaOf(SuggestionSchema, 'output'),
        ActionResponse: schemaOf(z.object({ result: z.object({ caseReference: z.string().optional() }), suggestion: SuggestionSchema }), 'output'),
        DraftCheckResponse: schemaOf(z.object({ findings: z.array(FindingSchema) }), 'output'),
        Error: schemaOf(ErrorBodySchema, 'output'),
      },
    },
    security: [{ bearer: [] }],
    paths: {
      '/api/copilot/sessions/{sessionId}/messages': {
        post: {
          summary: 'A message of the live chat, in order (customer messages drive the procedure)',
          parameters: [sessionParameter],
          requestBody: { required: true, content: json('MessageRequest') },
          responses: { '200': { description: 'The Suggestion', content: json('Suggestion') }, ...refused },
        },
      },
      '/api/copilot/sessions/{sessionId}': {
        get: {
          summary: 'The current Suggestion, changing nothing',
          parameters: [sessionParameter],
          responses: { '200': { description: 'The Suggestion', content: json('Suggestion') }, ...refused, '404': error('Unknown or expired session') },
        },
      },
      '/api/copilot/sessions/{sessionId}/actions/{actionId}': {
        post: {
          summary: "Do one of the Suggestion's actions (idempotent per order and parcel)",
          parameters: [sessionParameter, { name: 'actionId', in: 'path', required: true, schema: { type: 'string' } }],
          requestBody: { required: false, content: json('ActionRequest') },
          responses: {
            '200': { description: 'The result and the new Suggestion', content: json('ActionResponse') },
            ...refused,
            '404': error('Unknown or expired session'),
            '409': error('The action is not offered now'),
          },
        },
      },
      '/api/copilot/sessions/{sessionId}/draft-check': {
        post: {
          summary: "Check the agent's own draft before it is sent",
          parameters: [sessionParameter],
          requestBody: { required: true, content: json('DraftCheckRequest') },
          responses: { '200': { description: 'Findings; empty when nothing was found', content: json('DraftCheckResponse') }, ...refused, '404': error('Unknown or expired session') },
        },
      },
      '/api/copilot/openapi.json': {
        get: { summary: 'This document', security: [], responses: { '200': { description: 'OpenAPI 3.1 document' } } },
      },
    },
  };
}
