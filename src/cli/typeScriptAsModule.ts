/**
 * A module-resolution hook (Node's `module.register`) that loads the project's TypeScript files
 * as ES modules even in a CommonJS package. tsx would otherwise compile a `.ts` file there to
 * CommonJS, and its `import ... from 'relgraph'` would then reach relgraph through `require`: a
 * second copy of relgraph whose declarations the CLI's copy does not recognise, or, without
 * tsx's CommonJS hooks, Node's "Cannot require() ES Module ... in a cycle". Models modules are
 * written with `import`/`export` anyway (`export default Base`). `.cts` files and anything
 * under node_modules keep the format their package gives them.
 */
interface ResolveResult {
  readonly url: string;
  readonly format?: string | null;
}
type NextResolve = (specifier: string, context: unknown) => Promise<ResolveResult>;

const typeScript = /\.(ts|tsx|mts)$/;

export async function resolve(specifier: string, context: unknown, next: NextResolve): Promise<ResolveResult> {
  const resolved = await next(specifier, context);
  const pathname = resolved.url.startsWith('file:') ? new URL(resolved.url).pathname : '';
  if (typeScript.test(pathname) && !pathname.includes('/node_modules/')) return { ...resolved, format: 'module' };
  return resolved;
}
