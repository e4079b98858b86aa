import type { FastifyInstance } from 'fastify';
import { assess, AssessmentSchema, ERROR_STATUS, IntakeSchema, invalidIntake, validate } from '../../core/index.js';
import { ErrorBodySchema } from '../../core/contracts/index.js';
import type { ZodTypeProvider } from '../typed-routes.js';

/** POST /api/assess: an intake in, an assessment out. Validation is the core's, word for word. */
export async function assessRoutes(app: FastifyInstance): Promise<void> {
  // The schema is declared for the type check and OpenAPI; the answer is serialised as before (typed-routes.ts).
  app.withTypeProvider<ZodTypeProvider>().post('/assess', { schema: { response: { 200: AssessmentSchema, '4xx': ErrorBodySchema } } }, async (request, reply) => {
    const intake = validate(IntakeSchema, request.body);
    if (!intake.ok) return reply.code(ERROR_STATUS.invalid_intake).send(invalidIntake(intake.issues));
    // Answers are personal and change with every intake: never cache them anywhere.
    reply.header('cache-control', 'no-store');
    return assess(intake.value);
  });
}
