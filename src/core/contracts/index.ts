// One zod schema per API answer, with its TypeScript type inferred. The server declares them on its
// routes (and generates /api/openapi.json from them); the web client reads its types from here.
export * from './errors.js';
export * from './techniques.js';
export * from './movements.js';
export * from './meta.js';
export * from './auth.js';
export * from './diary.js';
export * from './saved-assessment.js';
export * from './current-assessment.js';
export * from './dashboard.js';
export * from './share-links.js';
export * from './share-summary.js';
export * from './export-document.js';
export { contractName, namedContracts } from './registry.js';
