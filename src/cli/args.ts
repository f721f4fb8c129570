/** Reads `--name=value` and `--name value` flags and bare arguments; unknown flags are an error. */
export interface ParsedArgs {
  readonly flags: ReadonlyMap<string, string | true>;
  readonly positional: readonly string[];
}

export class UsageError extends Error {
  override name = "UsageError";
}

export function parseArgs(argv: readonly string[], known: readonly string[], valued: readonly string[] = known): ParsedArgs {
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (!known.includes(name)) throw new UsageError(`unknown option --${name} (known: ${known.map((k) => `--${k}`).join(", ")})`);
    if (eq !== -1) flags.set(name, arg.slice(eq + 1));
    else if (valued.includes(name) && argv[i + 1] !== undefined && !argv[i + 1]!.startsWith("--")) flags.set(name, argv[++i]!);
    else if (valued.includes(name)) throw new UsageError(`--${name} needs a value`);
    else flags.set(name, true);
  }
  return { flags, positional };
}
