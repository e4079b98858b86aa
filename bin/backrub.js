#!/usr/bin/env node
// Thin launcher: the CLI is compiled and bundled to dist/backrub/ by `npm install` (prepare) or `npm run build`.
import { main } from '../dist/backrub/main.js';

process.exitCode = await main(process.argv.slice(2));
