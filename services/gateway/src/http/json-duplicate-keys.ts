interface Frame {
  kind: 'object' | 'array';
  keys: Set<string>;
  /** The key whose value is being read (objects), or the index of the current item (arrays). */
  at: string | number;
  /** Whether the next string in this object is a key. */
  expectKey: boolean;
}

/**
 * The path of the first key that appears twice in one object of a JSON text that is already known to
 * be valid (`customer.phone`, `keys[1].kind`), or undefined. JSON.parse keeps the last of duplicated
 * keys silently, while another reader (a proxy, a log, an audit) may keep the first: one request,
 * two meanings. The scan is iterative, so nesting cannot overflow it.
 */
export function firstDuplicateKey(json: string): string | undefined {
  const stack: Frame[] = [];
  for (let i = 0; i < json.length; i++) {
    const ch = json[i];
    if (ch === '"') {
      const end = stringEnd(json, i);
      const top = stack.at(-1);
      if (top?.kind === 'object' && top.expectKey) {
        const raw = json.slice(i + 1, end);
        // Only a key with an escape needs JSON's reading to compare as JSON.parse keeps it.
        const key = raw.includes('\\') ? (JSON.parse(json.slice(i, end + 1)) as string) : raw;
        if (top.keys.has(key)) return pathOf(stack.slice(0, -1), key);
        top.keys.add(key);
        top.at = key;
        top.expectKey = false;
      }
      i = end;
    } else if (ch === '{') {
      stack.push({ kind: 'object', keys: new Set(), at: '', expectKey: true });
    } else if (ch === '[') {
      stack.push({ kind: 'array', keys: new Set(), at: 0, expectKey: false });
    } else if (ch === '}' || ch === ']') {
      stack.pop();
    } else if (ch === ',') {
      const top = stack.at(-1);
      if (top?.kind === 'object') top.expectKey = true;
      else if (top) top.at = (top.at as number) + 1;
    }
  }
  return undefined;
}

/**
 * The index of the quote that closes the string opening at `start`: the next quote not escaped by
 * an odd run of backslashes. Found with `indexOf` rather than a character at a time: a body's text
 * is mostly strings (bench S2).
 */
function stringEnd(json: string, start: number): number {
  let end = json.indexOf('"', start + 1);
  while (end !== -1 && escaped(json, end)) end = json.indexOf('"', end + 1);
  // Only for text that is not JSON after all: the scan ends rather than starting over.
  return end === -1 ? json.length : end;
}

function escaped(json: string, quote: number): boolean {
  let backslashes = 0;
  for (let i = quote - 1; json[i] === '\\'; i--) backslashes += 1;
  return backslashes % 2 === 1;
}

function pathOf(frames: Frame[], key: string): string {
  let path = '';
  for (const frame of frames) {
    if (frame.kind === 'array') path = `${path}[${frame.at as number}]`;
    else path = path ? `${path}.${frame.at as string}` : (frame.at as string);
  }
  return path ? `${path}.${key}` : key;
}
