import type { FastifyInstance } from 'fastify';
import { TechniqueDetailSchema, TechniqueListSchema } from '../../core/contracts/index.js';
import { SOURCES, TECHNIQUE_IDS, TECHNIQUES, type Source, type SourceId, type Technique } from '../../core/index.js';
import { ApiError } from '../errors.js';
import type { ZodTypeProvider } from '../typed-routes.js';

const PUBLIC_DATA = 'public, max-age=300';

function citedSources(techniques: readonly Technique[]): Source[] {
  const ids = new Set<SourceId>(techniques.flatMap((technique) => technique.sources));
  return [...ids].sort().map((id) => SOURCES[id]);
}

// The knowledge base is static, so both answers are built once.
const allTechniques = TECHNIQUE_IDS.map((id) => TECHNIQUES[id]);
const list = { techniques: allTechniques, sources: citedSources(allTechniques) };

function isTechniqueId(id: string): id is Technique['id'] {
  return (TECHNIQUE_IDS as readonly string[]).includes(id);
}

/** GET /api/techniques and /api/techniques/:id: the technique library, with its sources resolved. */
export async function techniqueRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get('/techniques', { schema: { response: { 200: TechniqueListSchema } } }, async (_request, reply) => {
    reply.header('cache-control', PUBLIC_DATA);
    return list;
  });

  api.get<{ Params: { id: string } }>('/techniques/:id', { schema: { response: { 200: TechniqueDetailSchema } } }, async (request, reply) => {
    const { id } = request.params;
    if (!isTechniqueId(id)) {
      throw new ApiError('not_found', `There is no technique "${id}". Known techniques: ${TECHNIQUE_IDS.join(', ')}.`);
    }
    const technique = TECHNIQUES[id];
    reply.header('cache-control', PUBLIC_DATA);
    return { technique, sources: citedSources([technique]) };
  });
}
