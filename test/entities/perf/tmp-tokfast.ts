import { internSlice } from "../../../src/entities/intern.ts";
import { category, DIGIT, isSpaceCode, LETTER } from "../../../src/entities/letters.ts";
import type { Token } from "../../../src/entities/tokens.ts";

const CONNECTORS = new Set([0x2d, 0x2010, 0x2011, 0x27, 0x2019, 0x02bc, 0x2e, 0x2b, 0x26]);
const PLUS = 0x2b;
/** ASCII letters and digits. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0x30; c <= 0x39; c += 1) ASCII_WORD[c] = 1;
for (let c = 0x41; c <= 0x5a; c += 1) ASCII_WORD[c] = 1;
for (let c = 0x61; c <= 0x7a; c += 1) ASCII_WORD[c] = 1;

function cpAt(text: string, i: number): number {
  return i < text.length ? (text.codePointAt(i) ?? -1) : -1;
}
function isLetterOrDigitCp(cp: number): boolean {
  return cp >= 0 && (category(cp) & (LETTER | DIGIT)) !== 0;
}
function skipWordChars(text: string, i: number): number {
  let j = i;
  const n = text.length;
  while (j < n) {
    const unit = text.charCodeAt(j);
    if (unit < 0x80) {
      if (ASCII_WORD[unit] === 0) return j;
      j += 1;
      continue;
    }
    const cp = unit >= 0xd800 && unit <= 0xdbff ? cpAt(text, j) : unit;
    if (category(cp) === 0) return j;
    j += cp > 0xffff ? 2 : 1;
  }
  return j;
}
function wordEnd(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  let j: number;
  if (unit < 0x80) {
    if (ASCII_WORD[unit] === 0) return i;
    j = i + 1;
  } else {
    const first = cpAt(text, i);
    if (!isLetterOrDigitCp(first)) return i;
    j = i + (first > 0xffff ? 2 : 1);
  }
  for (;;) {
    j = skipWordChars(text, j);
    const sep = text.charCodeAt(j);
    if (sep === 0x20 || j >= text.length) break;
    const next = cpAt(text, j + 1);
    const joins = CONNECTORS.has(sep) ? isLetterOrDigitCp(next) : (sep === 0x2013 || sep === 0x2014) && next >= 0 && (category(next) & LETTER) !== 0;
    if (!joins) break;
    j = j + 1 + (next > 0xffff ? 2 : 1);
  }
  return text.charCodeAt(j) === PLUS ? j + 1 : j;
}
function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x02bc;
}
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const unit = text.charCodeAt(i);
    if (unit === 0x20 || isSpaceCode(unit)) {
      i += 1;
      continue;
    }
    const end = wordEnd(text, i);
    if (end === i) {
      const at = i + offset;
      tokens.push({ text: internSlice(text, i, i + 1), start: at, end: at + 1, kind: "punct", possessive: false, possessiveEnd: at + 1 });
      i += 1;
      continue;
    }
    let cut = end;
    const last = text.charCodeAt(end - 1);
    const endsInS = last === 0x73 || last === 0x53;
    if (end - i > 2 && endsInS && isApostrophe(text.charCodeAt(end - 2))) cut = end - 2;
    let possessive = cut < end;
    let possessiveEnd = end;
    if (!possessive && (endsInS || last === 0x017f) && isApostrophe(text.charCodeAt(end)) && !(end + 1 < n && isLetterOrDigitCp(text.charCodeAt(end + 1)))) {
      possessive = true;
      possessiveEnd = end + 1;
    }
    tokens.push({ text: internSlice(text, i, cut), start: i + offset, end: cut + offset, kind: "word", possessive, possessiveEnd: possessiveEnd + offset });
    i = possessiveEnd;
  }
  return tokens;
}
