interface BundleLike {
  objects?: { type?: unknown; name?: unknown }[];
}

/**
 * A JSON pointer into a submitted bundle (`/bundle/objects/3/pattern`, or `/objects/3/pattern`)
 * in words: "object 4 (indicator “C2 server”), property pattern". The bundle, when at hand,
 * names the object.
 */
export function pointerInWords(pointer: string, bundle?: unknown): string {
  const segments = pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (segments[0] === 'bundle') segments.shift();
  if (segments.length === 0) return 'the bundle as a whole';
  const parts: string[] = [];
  let rest = segments;
  if (segments[0] === 'objects' && /^\d+$/.test(segments[1] ?? '')) {
    const index = Number(segments[1]);
    const object = (bundle as BundleLike | undefined)?.objects?.[index];
    const type = typeof object?.type === 'string' ? object.type : null;
    const name = typeof object?.name === 'string' ? ` “${object.name}”` : '';
    parts.push(`object ${index + 1}${type ? ` (${type}${name})` : ''}`);
    rest = segments.slice(2);
  } else {
    parts.push('the bundle');
  }
  if (rest.length > 0) {
    const path = rest.map((s) => (/^\d+$/.test(s) ? `item ${Number(s) + 1}` : s)).join(' › ');
    parts.push(`property ${path}`);
  }
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
