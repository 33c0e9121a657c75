// Where a worker thread's module is, compiled or from source: dist/…/x.js under node, or
// src/…/x.ts through tsx (vitest, `npx tsx`), which a worker must be told to load.
export function workerModule(base: string, name: string): { url: URL; execArgv: string[] } {
  const fromSource = base.endsWith('.ts');
  return { url: new URL(fromSource ? `./${name}.ts` : `./${name}.js`, base), execArgv: fromSource ? ['--import', 'tsx'] : [] };
}
