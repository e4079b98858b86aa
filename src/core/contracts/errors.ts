import { z } from 'zod';
import { nameContracts } from './registry.js';
import { ERROR_STATUS, type ErrorBody, type ErrorCode } from '../errors.js';

const ERROR_CODES = Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]];

/** Every error answer: the API sends it with the status of ERROR_STATUS, the web app reads it. */
export const ErrorBodySchema: z.ZodType<ErrorBody> = z
  .object({
    error: z.object({
      code: z.enum(ERROR_CODES).describe('Stable machine-readable code; see docs/api.md for the list.'),
      message: z.string().describe('What went wrong, in plain words.'),
      issues: z
        .array(z.object({ index: z.number().int().optional(), path: z.string(), message: z.string() }))
        .optional()
        .describe('One entry per field problem, e.g. { path: "areas[2]", message: "must be one of: ..." }.'),
    }),
  })
  .meta({ title: 'Error', description: 'Every error the API returns has this shape.' });

nameContracts({ Error: ErrorBodySchema });
