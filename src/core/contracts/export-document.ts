import { z } from 'zod';
import { nameContracts } from './registry.js';
import { DiaryEntrySchema, PegCheckInSchema } from '../diary.js';
import { SavedAssessmentSchema } from './saved-assessment.js';

export const EXPORT_FORMAT = 'backrub-export';
export const EXPORT_VERSION = 1;

/** GET /api/export/json: everything one account holds; POST /api/import takes it back. */
export const ExportDocumentSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(EXPORT_VERSION),
    exportedAt: z.string(),
    account: z.object({ email: z.string(), createdAt: z.string() }),
    assessments: z.array(SavedAssessmentSchema),
    entries: z.array(DiaryEntrySchema).describe('Oldest first.'),
    checkIns: z.array(PegCheckInSchema),
  })
  .meta({ title: 'ExportDocument', description: 'backrub-export version 1.' });
export type ExportDocument = z.infer<typeof ExportDocumentSchema>;

const counts = z.object({ entries: z.number().int().nonnegative(), checkIns: z.number().int().nonnegative(), assessments: z.number().int().nonnegative() });

export const ImportResultSchema = z
  .object({ imported: counts, skipped: counts.describe('Items the account already had.') })
  .meta({ title: 'ImportResult' });
export type ImportResult = z.infer<typeof ImportResultSchema>;

/** GET /api/export/fhir: a FHIR R4 Bundle (type collection); the test suite checks it against the R4 JSON schema. */
export const FhirBundleSchema = z
  .looseObject({
    resourceType: z.literal('Bundle'),
    type: z.literal('collection'),
    timestamp: z.string(),
    entry: z.array(z.looseObject({ fullUrl: z.string(), resource: z.looseObject({ resourceType: z.string(), id: z.string() }) })),
  })
  .meta({ title: 'FhirBundle', description: 'A FHIR R4 Bundle; see http://hl7.org/fhir/R4/bundle.html.' });

export const CsvSchema = z.string().meta({ title: 'Csv', description: 'RFC 4180 CSV with a header row.' });

nameContracts({ ExportDocument: ExportDocumentSchema, ImportResult: ImportResultSchema, FhirBundle: FhirBundleSchema, Csv: CsvSchema });
