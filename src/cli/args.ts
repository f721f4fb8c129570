import { parseArgs as parseNodeArgs } from "node:util";

/**
 * Every command's flags, read by Node's own `util.parseArgs` (`--name=value`, `--name value`,
 * bare arguments, `--` ends the flags); unknown flags are an error. This wrapper only gives
 * the commands one shape and one error type for their usage messages.
 */
export interface ParsedArgs {
  readonly flags: ReadonlyMap<string, string | true>;
  readonly positional: readonly string[];
}

export class UsageError extends Error {
  override name = "UsageError";
}

export function parseArgs(argv: readonly string[], known: readonly string[], valued: readonly string[] = known): ParsedArgs {
  const options = Object.fromEntries(known.map((name) => [name, { type: valued.includes(name) ? ("string" as const) : ("boolean" as const) }]));
  let parsed: ReturnType<typeof parseNodeArgs>;
  try {
    parsed = parseNodeArgs({ args: [...argv], options, strict: true, allowPositionals: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const flag = /'(-[^' ]+)/.exec((error as Error).message)?.[1] ?? "";
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") throw new UsageError(`unknown option ${flag} (known: ${known.map((k) => `--${k}`).join(", ")})`);
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") throw new UsageError(valued.some((name) => flag === `--${name}`) ? `${flag} needs a value` : `${flag} takes no value`);
    throw new UsageError((error as Error).message);
  }
  const flags = new Map<string, string | true>();
  for (const [name, value] of Object.entries(parsed.values)) {
    if (value === undefined || value === false) continue;
    flags.set(name, typeof value === "string" ? value : true);
  }
  return { flags, positional: parsed.positionals };
}
