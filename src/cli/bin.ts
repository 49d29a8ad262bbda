#!/usr/bin/env node
/** The `relgraph` executable: runs the CLI and exits with its code (0 ok, 1 runtime error, 2 usage error). */
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
