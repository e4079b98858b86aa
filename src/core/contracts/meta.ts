import { z } from 'zod';
import { nameContracts } from './registry.js';
import { REGION_IDS } from '../knowledge/regions.js';

export const HealthSchema = z
  .object({ status: z.literal('ok'), version: z.string(), uptimeSeconds: z.number().nonnegative() })
  .meta({ title: 'Health' });
export type Health = z.infer<typeof HealthSchema>;

export const ClientConfigSchema = z
  .object({
    emergencyNumber: z.string().describe('What to call in an emergency: the region\'s number, or EMERGENCY_NUMBER.'),
    region: z.enum(REGION_IDS).describe('The REGION preset whose words the app uses for each safety action.'),
    urgentService: z.string().describe('The region\'s service for help today that is not an emergency, e.g. "NHS 111".'),
    urgentNumber: z.string().optional().describe('Its number, where there is one: the region\'s, or URGENT_NUMBER.'),
  })
  .meta({ title: 'ClientConfig', description: 'Settings of this instance that the web app shows.' });
export type ClientConfig = z.infer<typeof ClientConfigSchema>;

/** A JSON Schema document (GET /api/schema/:name) or this API's OpenAPI document: described by their own standards. */
export const JsonDocumentSchema = z
  .looseObject({ $schema: z.string().optional(), $id: z.string().optional(), openapi: z.string().optional() })
  .meta({ title: 'JsonDocument', description: 'A JSON Schema (draft 2020-12) or OpenAPI 3.1 document.' });

nameContracts({ Health: HealthSchema, ClientConfig: ClientConfigSchema, JsonDocument: JsonDocumentSchema });
