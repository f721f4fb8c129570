/**
 * A small, strict, namespace-aware XML 1.0 reader for the feed lint.
 *
 * The lint must be able to FAIL: a reader that shrugs at broken markup (as
 * lenient feed parsers do) would let us ship feeds that libxml2-based readers
 * reject. So this reader throws `XmlSyntaxError` on what an XML parser treats as
 * fatal (mismatched or unclosed tags, bad references, duplicate attributes,
 * "--" in comments, text outside the root, an internal DTD subset we cannot
 * expand), with a line number.
 *
 * Three classes of problem are recorded instead of thrown, so the lint can name
 * them precisely and still check the rest of the feed: whitespace before the
 * XML declaration (the WordPress blank-line bug), characters that XML 1.0
 * forbids, and undeclared namespace prefixes. Real parsers reject all three.
 *
 * Not supported (not needed for feeds we lint): external entities, DTD
 * validation, encodings other than the JS string we are given.
 */

export interface XmlAttribute {
  readonly name: string;
  readonly prefix: string;
  readonly local: string;
  /** Namespace URI; unprefixed attributes are in no namespace. */
  readonly namespace: string | undefined;
  /** Decoded, normalised value. */
  readonly value: string;
}

export interface XmlElement {
  readonly name: string;
  readonly prefix: string;
  readonly local: string;
  readonly namespace: string | undefined;
  readonly attributes: readonly XmlAttribute[];
  readonly children: readonly XmlNode[];
  readonly line: number;
}

/** Text (with CDATA sections merged in) is a plain string. */
export type XmlNode = XmlElement | string;

export type XmlProblemKind = "leading-whitespace" | "invalid-character" | "undeclared-prefix" | "invalid-namespace-uri";

export interface XmlProblem {
  readonly kind: XmlProblemKind;
  readonly message: string;
  readonly line: number;
}

export interface XmlDocument {
  readonly root: XmlElement;
  /** From `<?xml version=… encoding=…?>`, when present. */
  readonly declaration: { readonly version: string; readonly encoding: string | undefined } | undefined;
  readonly processingInstructions: readonly { readonly target: string; readonly data: string }[];
  readonly problems: readonly XmlProblem[];
}

export class XmlSyntaxError extends Error {
  readonly line: number;
  readonly column: number;
  constructor(message: string, line: number, column: number) {
    super(`${message} (line ${line}, column ${column})`);
    this.name = "XmlSyntaxError";
    this.line = line;
    this.column = column;
  }
}

export const XML_NS = "http://www.w3.org/XML/1998/namespace";
export const XMLNS_NS = "http://www.w3.org/2000/xmlns/";

/** XML 1.0 `Char` complement: C0 controls but tab/LF/CR, lone surrogates, U+FFFE, U+FFFF. */
const INVALID_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * XML `Name` (close enough: letters, digits and the usual punctuation; no
 * whitespace or markup characters; may not start with a digit, ".", "-").
 */
const NAME = /[^\s<>/="'!?&;,()[\]{}|*+#$%^`~@\\0-9.\-][^\s<>/="'!?&;,()[\]{}|*+#$%^`~@\\]*/y;
/** `<?xml version="1.x" encoding="…" standalone="…"?>`, in that order, nothing else. */
const XML_DECLARATION =
  /^<\?xml\s+version\s*=\s*(["'])(1\.[0-9]+)\1(?:\s+encoding\s*=\s*(["'])([A-Za-z][A-Za-z0-9._-]*)\3)?(?:\s+standalone\s*=\s*(["'])(?:yes|no)\5)?\s*\?>$/;
/** Characters allowed in an RFC 3986 URI reference (namespace names are URIs). */
const URI_CHARS = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*$/;

/**
 * Whether a namespace name is a syntactically valid URI reference, as libxml2
 * checks (it warns otherwise): legal characters only, well-formed %-escapes,
 * and a numeric port when there is an authority.
 */
function isValidNamespaceUri(uri: string): boolean {
  if (!URI_CHARS.test(uri) || /%(?![0-9A-Fa-f]{2})/.test(uri)) return false;
  const authority = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/([^/?#]*)/.exec(uri)?.[1];
  if (authority === undefined) return true;
  const hostPort = authority.slice(authority.lastIndexOf("@") + 1);
  const port = hostPort.startsWith("[") ? hostPort.slice(hostPort.indexOf("]") + 1) : hostPort.slice(hostPort.indexOf(":") === -1 ? hostPort.length : hostPort.indexOf(":"));
  return port === "" || /^:[0-9]*$/.test(port);
}

const PREDEFINED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

interface OpenElement {
  readonly name: string;
  readonly rawAttributes: readonly { name: string; value: string }[];
  readonly children: XmlNode[];
  readonly line: number;
  readonly scope: Map<string, string>;
  readonly start: number;
}

class Reader {
  private readonly text: string;
  private pos = 0;
  private newlines: number[] | undefined;
  readonly problems: XmlProblem[] = [];

  constructor(text: string) {
    this.text = text;
  }

  lineOf(pos: number): number {
    if (this.newlines === undefined) {
      const newlines: number[] = [];
      for (let i = this.text.indexOf("\n"); i !== -1; i = this.text.indexOf("\n", i + 1)) newlines.push(i);
      this.newlines = newlines;
    }
    let lo = 0;
    let hi = this.newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.newlines[mid] ?? Infinity) < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  }

  private fail(message: string, at: number = this.pos): never {
    const line = this.lineOf(at);
    const lineStart = line === 1 ? 0 : (this.newlines?.[line - 2] ?? -1) + 1;
    throw new XmlSyntaxError(message, line, at - lineStart + 1);
  }

  parse(): XmlDocument {
    const text = this.text;
    this.recordInvalidCharacters();
    if (text.charCodeAt(0) === 0xfeff) this.pos = 1;

    let declaration: XmlDocument["declaration"];
    const ws = /^[ \t\r\n]+/.exec(text.slice(this.pos, this.pos + 256));
    if (ws !== null && text.startsWith("<?xml", this.pos + ws[0].length) && isDeclEnd(text, this.pos + ws[0].length + 5)) {
      this.problems.push({ kind: "leading-whitespace", message: "whitespace before the XML declaration", line: 1 });
      this.pos += ws[0].length;
    }
    if (text.startsWith("<?xml", this.pos) && isDeclEnd(text, this.pos + 5)) declaration = this.readDeclaration();

    const processingInstructions: { target: string; data: string }[] = [];
    let root: XmlElement | undefined;
    // Prolog, root element, epilogue.
    for (;;) {
      this.skipSpace();
      if (this.pos >= text.length) break;
      if (text.startsWith("<!--", this.pos)) {
        this.readComment();
      } else if (text.startsWith("<?", this.pos)) {
        processingInstructions.push(this.readProcessingInstruction());
      } else if (text.startsWith("<!DOCTYPE", this.pos)) {
        if (root !== undefined) this.fail("DOCTYPE after the root element");
        this.readDoctype();
      } else if (text.charCodeAt(this.pos) === 60 /* < */) {
        if (root !== undefined) this.fail("content after the root element (a document has exactly one root)");
        root = this.readElementTree();
      } else {
        this.fail(root === undefined ? "text before the root element" : "text after the root element");
      }
    }
    if (root === undefined) this.fail("no root element");
    return { root, declaration, processingInstructions, problems: this.problems };
  }

  private recordInvalidCharacters(): void {
    INVALID_CHAR.lastIndex = 0;
    let count = 0;
    for (const match of this.text.matchAll(INVALID_CHAR)) {
      const code = match[0].codePointAt(0) ?? 0;
      this.problems.push({
        kind: "invalid-character",
        message: `character U+${code.toString(16).toUpperCase().padStart(4, "0")} is not allowed in XML 1.0`,
        line: this.lineOf(match.index),
      });
      if (++count === 20) break; // enough to act on; a binary file would flood the report
    }
  }

  private skipSpace(): void {
    const text = this.text;
    while (this.pos < text.length) {
      const c = text.charCodeAt(this.pos);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
      this.pos += 1;
    }
  }

  private readName(): string {
    NAME.lastIndex = this.pos;
    const m = NAME.exec(this.text);
    if (m === null) this.fail("expected a name");
    this.pos += m[0].length;
    return m[0];
  }

  private readDeclaration(): XmlDocument["declaration"] {
    const start = this.pos;
    const end = this.text.indexOf("?>", this.pos);
    if (end === -1) this.fail("unterminated XML declaration");
    const m = XML_DECLARATION.exec(this.text.slice(this.pos, end + 2));
    if (m === null) this.fail("malformed XML declaration", start);
    const encoding = m[4];
    // We read a JS string that will be written out as UTF-8: any other declared
    // encoding would make a real parser decode the bytes differently (or not at all).
    if (encoding !== undefined && !/^(utf-?8|us-ascii|ascii)$/i.test(encoding)) this.fail(`unsupported encoding ${encoding} (feeds must be UTF-8)`, start);
    this.pos = end + 2;
    return { version: m[2] ?? "1.0", encoding };
  }

  private readComment(): void {
    const end = this.text.indexOf("-->", this.pos + 4);
    if (end === -1) this.fail("unterminated comment");
    const body = this.text.slice(this.pos + 4, end);
    if (body.includes("--") || body.endsWith("-")) this.fail('"--" inside a comment');
    this.pos = end + 3;
  }

  private readProcessingInstruction(): { target: string; data: string } {
    const start = this.pos;
    this.pos += 2;
    const target = this.readName();
    if (target.toLowerCase() === "xml") this.fail("XML declaration allowed only at the start of the document", start);
    const end = this.text.indexOf("?>", this.pos);
    if (end === -1) this.fail("unterminated processing instruction", start);
    const data = this.text.slice(this.pos, end).trim();
    this.pos = end + 2;
    return { target, data };
  }

  private readDoctype(): void {
    const start = this.pos;
    const text = this.text;
    let i = this.pos + 9;
    let quote = 0;
    for (; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === 34 || c === 39) {
        quote = c;
      } else if (c === 91 /* [ */) {
        // An internal subset can declare entities that change the document; we do not expand them.
        this.fail("DOCTYPE with an internal subset is not supported", start);
      } else if (c === 62 /* > */) {
        this.pos = i + 1;
        return;
      }
    }
    this.fail("unterminated DOCTYPE", start);
  }

  /** Decodes `&…;` references in a run of text or an attribute value. */
  private decode(raw: string, at: number): string {
    if (!raw.includes("&")) return raw;
    return raw.replace(/&([^;&\s<]*)(;?)/g, (whole, ref: string, semi: string, offset: number) => {
      if (semi === "") this.fail(`"&" must start a reference like &amp;`, at + offset);
      if (ref.startsWith("#")) {
        const isHex = ref[1] === "x";
        const digits = ref.slice(isHex ? 2 : 1);
        if (!(isHex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) this.fail(`malformed character reference ${whole}`, at + offset);
        const code = Number.parseInt(digits, isHex ? 16 : 10);
        const ok =
          code === 9 || code === 10 || code === 13 || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
        if (!ok) this.fail(`character reference ${whole} is not an XML 1.0 character`, at + offset);
        return String.fromCodePoint(code);
      }
      const value = PREDEFINED[ref];
      if (value === undefined) this.fail(`undefined entity ${whole}`, at + offset);
      return value;
    });
  }

  private readAttributes(): { attributes: { name: string; value: string }[]; selfClosing: boolean } {
    const text = this.text;
    const attributes: { name: string; value: string }[] = [];
    const seen = new Set<string>();
    for (;;) {
      const before = this.pos;
      this.skipSpace();
      if (text.startsWith("/>", this.pos)) {
        this.pos += 2;
        return { attributes, selfClosing: true };
      }
      if (text.charCodeAt(this.pos) === 62 /* > */) {
        this.pos += 1;
        return { attributes, selfClosing: false };
      }
      if (this.pos >= text.length) this.fail("unexpected end of input inside a tag");
      if (this.pos === before) this.fail("attributes must be separated by whitespace");
      const nameAt = this.pos;
      const name = this.readName();
      this.skipSpace();
      if (text.charCodeAt(this.pos) !== 61 /* = */) this.fail(`attribute ${name} has no value`, nameAt);
      this.pos += 1;
      this.skipSpace();
      const quote = text[this.pos];
      if (quote !== '"' && quote !== "'") this.fail(`value of attribute ${name} must be quoted`);
      const end = text.indexOf(quote, this.pos + 1);
      if (end === -1) this.fail(`unterminated value of attribute ${name}`);
      const raw = text.slice(this.pos + 1, end);
      const lt = raw.indexOf("<");
      if (lt !== -1) this.fail(`"<" in the value of attribute ${name}`, this.pos + 1 + lt);
      if (seen.has(name)) this.fail(`duplicate attribute ${name}`, nameAt);
      seen.add(name);
      // Attribute-value normalisation: literal tab/CR/LF become spaces; references survive.
      attributes.push({ name, value: this.decode(raw.replace(/\r\n|[\t\r\n]/g, " "), this.pos + 1) });
      this.pos = end + 1;
    }
  }

  /** Reads the root element and everything inside it, iteratively (no recursion-depth limit). */
  private readElementTree(): XmlElement {
    const text = this.text;
    const stack: OpenElement[] = [];
    const rootScope = new Map<string, string>([["xml", XML_NS]]);

    const open = (): XmlElement | undefined => {
      const start = this.pos;
      this.pos += 1;
      const name = this.readName();
      const { attributes, selfClosing } = this.readAttributes();
      const parentScope = stack.length === 0 ? rootScope : (stack[stack.length - 1]?.scope ?? rootScope);
      let scope = parentScope;
      for (const attribute of attributes) {
        if (attribute.name === "xmlns" || attribute.name.startsWith("xmlns:")) {
          if (scope === parentScope) scope = new Map(parentScope);
          const prefix = attribute.name === "xmlns" ? "" : attribute.name.slice(6);
          if (prefix !== "" && attribute.value === "") this.fail(`namespace prefix ${prefix} bound to an empty URI`, start);
          if (!isValidNamespaceUri(attribute.value)) {
            this.problems.push({
              kind: "invalid-namespace-uri",
              message: `${attribute.name}="${attribute.value}" is not a valid URI`,
              line: this.lineOf(start),
            });
          }
          scope.set(prefix, attribute.value);
        }
      }
      const element: OpenElement = { name, rawAttributes: attributes, children: [], line: this.lineOf(start), scope, start };
      if (selfClosing) return this.close(element);
      stack.push(element);
      return undefined;
    };

    const first = text.charCodeAt(this.pos + 1);
    if (first === 47 /* / */ || first === 33 /* ! */) this.fail("expected the root element");
    const single = open();
    if (single !== undefined) return single;

    while (stack.length > 0) {
      const current = stack[stack.length - 1];
      if (current === undefined) break;
      const lt = text.indexOf("<", this.pos);
      if (lt === -1) this.fail(`element <${current.name}> is not closed`, current.start);
      if (lt > this.pos) {
        const raw = text.slice(this.pos, lt);
        const cdataEnd = raw.indexOf("]]>");
        if (cdataEnd !== -1) this.fail('"]]>" is not allowed in text', this.pos + cdataEnd);
        current.children.push(this.decode(raw.replace(/\r\n?/g, "\n"), this.pos));
        this.pos = lt;
      }
      if (text.startsWith("</", this.pos)) {
        const at = this.pos;
        this.pos += 2;
        const name = this.readName();
        this.skipSpace();
        if (text.charCodeAt(this.pos) !== 62) this.fail(`malformed end tag </${name}`, at);
        this.pos += 1;
        if (name !== current.name) this.fail(`end tag </${name}> does not match <${current.name}> (line ${current.line})`, at);
        stack.pop();
        const element = this.close(current);
        const parent = stack[stack.length - 1];
        if (parent === undefined) return element;
        parent.children.push(element);
      } else if (text.startsWith("<!--", this.pos)) {
        this.readComment();
      } else if (text.startsWith("<![CDATA[", this.pos)) {
        const end = text.indexOf("]]>", this.pos + 9);
        if (end === -1) this.fail("unterminated CDATA section");
        current.children.push(text.slice(this.pos + 9, end).replace(/\r\n?/g, "\n"));
        this.pos = end + 3;
      } else if (text.startsWith("<?", this.pos)) {
        this.readProcessingInstruction();
      } else if (text.startsWith("<!", this.pos)) {
        this.fail("markup declaration inside an element");
      } else {
        const element = open();
        if (element !== undefined) current.children.push(element);
      }
    }
    this.fail("unexpected end of input");
  }

  /** Resolves prefixes (recording undeclared ones) and freezes the element. */
  private close(open: OpenElement): XmlElement {
    const { prefix, local } = this.splitName(open.name, open.start);
    const namespace = this.resolve(prefix, open.scope, open.name, open.line, true);
    const attributes: XmlAttribute[] = open.rawAttributes.map((attribute) => {
      const split = this.splitName(attribute.name, open.start);
      const ns =
        attribute.name === "xmlns" || split.prefix === "xmlns"
          ? XMLNS_NS
          : split.prefix === ""
            ? undefined
            : this.resolve(split.prefix, open.scope, attribute.name, open.line, false);
      return { name: attribute.name, prefix: split.prefix, local: split.local, namespace: ns, value: attribute.value };
    });
    // Merge adjacent text nodes (text split by comments or CDATA) for simpler consumers.
    const children: XmlNode[] = [];
    for (const child of open.children) {
      const last = children[children.length - 1];
      if (typeof child === "string" && typeof last === "string") children[children.length - 1] = last + child;
      else children.push(child);
    }
    return { name: open.name, prefix, local, namespace, attributes, children, line: open.line };
  }

  private splitName(name: string, at: number): { prefix: string; local: string } {
    const colon = name.indexOf(":");
    if (colon === -1) return { prefix: "", local: name };
    if (colon === 0 || colon === name.length - 1 || name.indexOf(":", colon + 1) !== -1) this.fail(`invalid qualified name ${name}`, at);
    return { prefix: name.slice(0, colon), local: name.slice(colon + 1) };
  }

  private resolve(prefix: string, scope: Map<string, string>, name: string, line: number, isElement: boolean): string | undefined {
    const uri = scope.get(prefix);
    if (prefix !== "" && uri === undefined) {
      this.problems.push({
        kind: "undeclared-prefix",
        message: `namespace prefix "${prefix}" of ${isElement ? "element" : "attribute"} ${name} is not declared`,
        line,
      });
      return undefined;
    }
    // An empty default namespace (xmlns="") means "no namespace".
    return uri === "" ? undefined : uri;
  }
}

function isDeclEnd(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 63; /* "?" */
}

/** Parses `text` as XML. Throws XmlSyntaxError when it is not well-formed. */
export function parseXml(text: string): XmlDocument {
  return new Reader(text).parse();
}

/** Child elements of `element` with this namespace and local name. */
export function childElements(element: XmlElement, namespace: string | undefined, local: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of element.children) {
    if (typeof child !== "string" && child.local === local && child.namespace === namespace) out.push(child);
  }
  return out;
}

export function firstChild(element: XmlElement, namespace: string | undefined, local: string): XmlElement | undefined {
  for (const child of element.children) {
    if (typeof child !== "string" && child.local === local && child.namespace === namespace) return child;
  }
  return undefined;
}

/** All text inside `element`, descendants included. */
export function textContent(element: XmlElement): string {
  let out = "";
  for (const child of element.children) out += typeof child === "string" ? child : textContent(child);
  return out;
}

/** Value of the attribute with this local name (and namespace; unprefixed by default). */
export function attributeValue(element: XmlElement, local: string, namespace?: string): string | undefined {
  for (const attribute of element.attributes) {
    if (attribute.local === local && attribute.namespace === namespace) return attribute.value;
  }
  return undefined;
}
