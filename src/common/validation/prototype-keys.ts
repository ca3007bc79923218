/** The JSON pointer of the first `__proto__` or `constructor: {...}` key in a parsed body, if any. */
export function findPrototypeKey(value: unknown, pointer: string, depth: number): string | undefined {
  if (value === null || typeof value !== 'object' || depth > 256) return undefined;
  for (const key of Object.keys(value)) {
    const child = (value as Record<string, unknown>)[key];
    const here = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (key === '__proto__' || (key === 'constructor' && child !== null && typeof child === 'object')) return here;
    const found = findPrototypeKey(child, here, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}
