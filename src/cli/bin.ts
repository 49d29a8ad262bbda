#!/usr/bin/env node
/**
 * The `relgraph` executable: runs the CLI and exits with its code (0 ok, 1 runtime error, 2
 * usage error). It exits explicitly, so that nothing left open (a pool socket, a timer) can keep
 * a refused startup alive where a supervisor would never see it fail.
 */
import { main } from './main.js';

process.exit(await main(process.argv.slice(2)));
