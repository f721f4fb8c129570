/**
 * An article's body HTML (the lead and the rest) as UTF-8 bytes, made into strings each time a
 * page asks for them. A build keeps every article until its last page is written, and bodies
 * were the largest part of it: nearly every body has a character beyond Latin-1 (a curly quote,
 * a dash), which makes V8 store the whole string at two bytes a character; as UTF-8 the same
 * text takes about half. Each body is read once or twice (its page, the site feeds), so making
 * the string again costs far less than keeping it.
 */
export interface BodyHtml {
  readonly lead: () => string;
  readonly rest: () => string;
}

/** A string with a lone surrogate does not survive UTF-8: kept as it is (no source makes one; this is the guard). */
export const loneSurrogate = /\p{Cs}/u;

export function keepBodyHtml(lead: string, rest: string): BodyHtml {
  return loneSurrogate.test(lead) || loneSurrogate.test(rest) ? asStrings(lead, rest) : asBytes(lead, rest);
}

// Two functions, not one: closures made in one call share its scope, and a closure that kept the
// strings would keep them alive for the closures over the bytes too.
function asStrings(lead: string, rest: string): BodyHtml {
  return { lead: () => lead, rest: () => rest };
}

function asBytes(lead: string, rest: string): BodyHtml {
  const leadBytes = Buffer.byteLength(lead);
  const bytes = place(leadBytes + Buffer.byteLength(rest));
  bytes.write(lead, 0);
  bytes.write(rest, leadBytes);
  return { lead: () => bytes.toString("utf8", 0, leadBytes), rest: () => bytes.toString("utf8", leadBytes) };
}

/**
 * Bodies are packed one after another into slabs of a mebibyte: a Buffer of its own per body
 * costs an allocation and a header each, and Node's pool of 8 KiB fits one 4 KB body and
 * wastes the rest (measured: 21 MiB of bytes for 10.5 MiB of bodies). A slab lives as long as
 * a body in it; a build keeps them all to its end anyway. The text blocks share the slabs
 * (text-blocks.ts).
 */
const slabSize = 1 << 20;
let slab = Buffer.allocUnsafeSlow(0);
let used = 0;

export function place(size: number): Buffer {
  if (used + size > slab.length) {
    slab = Buffer.allocUnsafeSlow(Math.max(slabSize, size));
    used = 0;
  }
  const bytes = slab.subarray(used, used + size);
  used += size;
  return bytes;
}
