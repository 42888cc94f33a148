const FLOAT = new URL('./float-money.ts', import.meta.url).href;
export async function resolve(specifier, context, next) {
  if (specifier.endsWith('/money.ts') && context.parentURL?.includes('/core/')) return { url: FLOAT, shortCircuit: true };
  return next(specifier, context);
}
