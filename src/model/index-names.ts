/**
 * How a person or an organisation stands in the A–Z index: people by surname, shown
 * "Tokayev, Kassym-Jomart" under T; organisations as named, filed without a leading "The"
 * ("The Astana Times" under A). Names that are not "given names + surname" stay as they are:
 * a royal or peerage style that serves as the name ("Prince Edward", "Lord Alderdice") is
 * filed under its name ("Edward"), and a single name under itself.
 */
import type { EntityType } from "../entities/types.ts";

export interface IndexName {
  /** What the index shows. */
  readonly label: string;
  /** What it is sorted by. */
  readonly sortKey: string;
}

const STYLES = /^(?:Prince|Princess|King|Queen|Lord|Lady|Baroness|Baron|Duke|Duchess|Earl|Countess|Emperor|Empress|Sultan|Emir|Sheikh|Sir|Dame|Pope|Patriarch)\s+/u;
/** Lower-case particles that belong to the surname: "van der Velde-Osei", "de Groot-Abenova". */
const PARTICLE = /^(?:van|von|der|den|de|del|della|di|da|dos|das|du|le|la|bin|ibn|bint|ben|al|el|ter|ten|zu)$/u;
/** Suffixes after a surname that are not it: "Jr.", "III". */
const SUFFIX = /^(?:Jr\.?|Sr\.?|I{1,3}|IV|V)$/u;

function personIndexName(name: string): IndexName {
  const style = STYLES.exec(name);
  if (style) return { label: name, sortKey: name.slice(style[0].length) };
  const words = name.split(/\s+/u).filter((w) => w.length > 0);
  let end = words.length;
  while (end > 1 && SUFFIX.test(words[end - 1]!)) end -= 1;
  if (end < 2) return { label: name, sortKey: name };
  // The surname starts at its particles, if any stand right before its last word.
  let start = end - 1;
  while (start > 1 && PARTICLE.test(words[start - 1]!)) start -= 1;
  const surname = words.slice(start, end).join(" ");
  const given = [...words.slice(0, start), ...words.slice(end)].join(" ");
  const filed = words.slice(start, end).filter((w) => !PARTICLE.test(w)).join(" ");
  return { label: `${surname}, ${given}`, sortKey: `${filed} ${given}` };
}

export function indexName(type: EntityType, name: string): IndexName {
  if (type === "person") return personIndexName(name);
  return { label: name, sortKey: name.replace(/^the\s+/iu, "") };
}
