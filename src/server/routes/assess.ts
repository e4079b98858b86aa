import type { FastifyInstance } from 'fastify';
import { assess, ERROR_STATUS, IntakeSchema, invalidIntake, validate } from '../../core/index.js';

/** POST /api/assess: an intake in, an assessment out. Validation is the core's, word for word. */
export async function assessRoutes(api: FastifyInstance): Promise<void> {
  api.post('/assess', async (request, reply) => {
    const intake = validate(IntakeSchema, request.body);
    if (!intake.ok) return reply.code(ERROR_STATUS.invalid_intake).send(invalidIntake(intake.issues));
    // Answers are personal and change with every intake: never cache them anywhere.
    reply.header('cache-control', 'no-store');
    return assess(intake.value);
  });
}
