#!/usr/bin/env node
// Runs the CLI from its TypeScript sources, and lets it load .ts models modules, through tsx.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
