/**
 * JSON.parse keeps the last of two equal keys in one object and says nothing, so an editor's
 * second "headline" silently wins. This finds the first repeated key of valid JSON text (keys
 * compared after their escapes are decoded), with its offset for the message's line number.
 */
export function findDuplicateKey(text: string): { key: string; index: number } | undefined {
  // One set of keys per open object; undefined for an open array.
  const open: (Set<string> | undefined)[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "{") {
      open.push(new Set());
      expectKey = true;
    } else if (c === "[") {
      open.push(undefined);
    } else if (c === "}" || c === "]") {
      open.pop();
    } else if (c === ",") {
      expectKey = open.at(-1) !== undefined;
    } else if (c === '"') {
      const start = i;
      for (i++; text[i] !== '"'; i++) if (text[i] === "\\") i++;
      const keys = open.at(-1);
      if (expectKey && keys) {
        const key = JSON.parse(text.slice(start, i + 1)) as string;
        if (keys.has(key)) return { key, index: start };
        keys.add(key);
      }
      expectKey = false;
    }
  }
  return undefined;
}
