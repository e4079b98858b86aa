import type { FastifyInstance } from 'fastify';
import { MovementDetailSchema, MovementListSchema } from '../../core/contracts/index.js';
import { isMovementId, MOVEMENT_IDS, MOVEMENTS, SOURCES, type Movement, type Source, type SourceId } from '../../core/index.js';
import { ApiError } from '../errors.js';
import type { ZodTypeProvider } from '../typed-routes.js';

const PUBLIC_DATA = 'public, max-age=300';

function citedSources(movements: readonly Movement[]): Source[] {
  const ids = new Set<SourceId>(movements.flatMap((movement) => movement.sources));
  return [...ids].sort().map((id) => SOURCES[id]);
}

// The library is static, so both answers are built once (the same conventions as /api/techniques).
const allMovements = MOVEMENT_IDS.map((id) => MOVEMENTS[id]);
const list = { movements: allMovements, sources: citedSources(allMovements) };

/** GET /api/movements and /api/movements/:id: the stretches and movements, with their sources resolved. */
export async function movementRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get('/movements', { schema: { response: { 200: MovementListSchema } } }, async (_request, reply) => {
    reply.header('cache-control', PUBLIC_DATA);
    return list;
  });

  api.get<{ Params: { id: string } }>('/movements/:id', { schema: { response: { 200: MovementDetailSchema } } }, async (request, reply) => {
    const { id } = request.params;
    if (!isMovementId(id)) {
      throw new ApiError('not_found', `There is no movement "${id}". Known movements: ${MOVEMENT_IDS.join(', ')}.`);
    }
    const movement = MOVEMENTS[id];
    reply.header('cache-control', PUBLIC_DATA);
    return { movement, sources: citedSources([movement]) };
  });
}
