#!/usr/bin/env node
// The `relgraph` command from this repository's TypeScript sources, for tests and development
// (the installed package runs dist/cli/bin.js). Run it with
// `node --conditions=relgraph-source scripts/relgraph-dev.mjs ...`, so that models modules that
// import "relgraph" get these sources too, and not dist/.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exit(await main(process.argv.slice(2)));
