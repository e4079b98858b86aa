import { z } from 'zod';
import { nameContracts } from './registry.js';
import { SOURCE_IDS, TECHNIQUE_IDS } from '../assessment.js';
import type { Source } from '../knowledge/sources.js';
import type { Technique } from '../knowledge/techniques.js';
import { BODY_AREAS, EQUIPMENT, PRESSURES } from '../vocabulary.js';

// The knowledge base keeps techniques and sources as typed constants; these schemas describe them as
// the API sends them. Each is annotated with the knowledge type, so a field added there and not here
// fails the type check instead of documenting the wrong shape.

export const SourceSchema: z.ZodType<Source> = z
  .object({ id: z.enum(SOURCE_IDS), title: z.string(), citation: z.string() })
  .meta({ title: 'Source', description: 'Where a piece of advice comes from.' });

export const TechniqueSchema: z.ZodType<Technique> = z
  .object({
    id: z.enum(TECHNIQUE_IDS),
    name: z.string(),
    setting: z.enum(['professional', 'home']),
    pressure: z.enum(PRESSURES),
    summary: z.string(),
    howItMayHelp: z.string(),
    whenToUse: z.array(z.string()),
    cautions: z.array(z.string()),
    areas: z.array(z.enum(BODY_AREAS)),
    equipment: z.enum(EQUIPMENT).optional(),
    steps: z.array(z.object({ title: z.string(), instructions: z.string(), seconds: z.number().int().positive() })),
    sources: z.array(z.enum(SOURCE_IDS)),
  })
  .meta({ title: 'Technique', description: 'A massage technique from the knowledge base.' });

/**
 * The library's two answers for one kind of item (techniques, movements): the list with every source it
 * cites, and one item with its sources resolved. One builder, so both kinds answer in the same shape.
 */
export function libraryAnswers<Many extends string, One extends string, Item extends z.ZodType>(many: Many, one: One, item: Item) {
  const sources = (what: string) => z.array(SourceSchema).describe(what);
  const list = z.object({ [many]: z.array(item), sources: sources(`Every source the listed ${many} cite.`) } as Record<Many, z.ZodArray<Item>> & { sources: z.ZodArray<typeof SourceSchema> });
  const detail = z.object({ [one]: item, sources: sources(`The sources this ${one} cites, resolved.`) } as Record<One, Item> & { sources: z.ZodArray<typeof SourceSchema> });
  return { list, detail };
}

const techniqueAnswers = libraryAnswers('techniques', 'technique', TechniqueSchema);
export const TechniqueListSchema = techniqueAnswers.list.meta({ title: 'TechniqueList' });
export type TechniqueList = z.infer<typeof TechniqueListSchema>;
export const TechniqueDetailSchema = techniqueAnswers.detail.meta({ title: 'TechniqueDetail' });
export type TechniqueDetail = z.infer<typeof TechniqueDetailSchema>;

nameContracts({ Source: SourceSchema, Technique: TechniqueSchema, TechniqueList: TechniqueListSchema, TechniqueDetail: TechniqueDetailSchema });
