// The guided session lives in ../session/ (one module per phase, the clock as a tested reducer).
export { default, sessionSpeed } from '../session/Session.js';
