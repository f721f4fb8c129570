/**
 * Scoring entity detection against hand labels (the seed-entities.json shape).
 *
 * Micro-averaged over entities: a predicted entity is correct when its type matches and its
 * canonical name matches the label's name or one of the label's aliases. Names are compared
 * as the registry compares them (case, quote style, dashes, diacritics and a leading "The"
 * ignored) and without a legal form at either end ("TarvanMunaiGas JSC" = "TarvanMunaiGas"),
 * since those differences do not make another page. Entries under "optional"
 * count neither way; every other prediction that matches no label is a false positive, and
 * a second prediction for an entity already matched is one too (two pages for one entity).
 */
import { nameKey } from "./normalise.ts";
import type { EntityType } from "./types.ts";

export interface GoldEntity {
  readonly name: string;
  readonly mentions?: readonly string[];
  readonly aliases?: readonly string[];
}

export interface GoldLabels {
  readonly article?: string;
  readonly people: readonly GoldEntity[];
  readonly organisations: readonly GoldEntity[];
  readonly optional?: readonly { readonly name: string; readonly type?: EntityType; readonly why?: string }[];
  readonly not_entities?: readonly string[];
}

export interface Prediction {
  readonly type: EntityType;
  readonly name: string;
  /** The page it lands on (its entity id after site-level resolution), for site-level scores. */
  readonly page?: string;
}

export interface ArticleInput {
  readonly article: string;
  readonly gold: GoldLabels;
  readonly predicted: readonly Prediction[];
}

export interface ArticleScore {
  readonly article: string;
  readonly truePositives: readonly Prediction[];
  readonly falsePositives: readonly Prediction[];
  readonly falseNegatives: readonly Prediction[];
  /** Predictions that named a not_entities entry: already counted as false positives. */
  readonly forbidden: readonly Prediction[];
}

export interface TypeScore {
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface Evaluation {
  readonly person: TypeScore;
  readonly organisation: TypeScore;
  readonly overall: TypeScore;
  readonly articles: readonly ArticleScore[];
}

function goldOf(gold: GoldLabels, type: EntityType): readonly GoldEntity[] {
  return type === "person" ? gold.people : gold.organisations;
}

/** The name's key for scoring: the registry's, without a legal form at either end. */
export function scoreKey(name: string): string {
  return nameKey(name).replace(/^(?:jsc|llp|llc|plc|ojsc|cjsc|ltd|inc)\.?\s+|\s+(?:jsc|llp|llc|plc|ojsc|cjsc|ltd|inc)\.?$/u, "");
}

function forms(entity: GoldEntity): Set<string> {
  return new Set([entity.name, ...(entity.aliases ?? [])].map(scoreKey));
}

export function scoreArticle(input: ArticleInput): ArticleScore {
  const truePositives: Prediction[] = [];
  const falsePositives: Prediction[] = [];
  const forbidden: Prediction[] = [];
  const matched = new Set<GoldEntity>();
  const never = new Set((input.gold.not_entities ?? []).map(nameKey));
  for (const p of input.predicted) {
    const key = scoreKey(p.name);
    const gold = goldOf(input.gold, p.type).find((g) => forms(g).has(key));
    if (gold && !matched.has(gold)) {
      matched.add(gold);
      truePositives.push(p);
      continue;
    }
    const optional = (input.gold.optional ?? []).some((o) => scoreKey(o.name) === key && (o.type === undefined || o.type === p.type));
    if (optional && !gold) continue;
    falsePositives.push(p);
    if (never.has(nameKey(p.name))) forbidden.push(p);
  }
  const falseNegatives: Prediction[] = [];
  for (const type of ["person", "organisation"] as const) {
    for (const g of goldOf(input.gold, type)) if (!matched.has(g)) falseNegatives.push({ type, name: g.name });
  }
  return { article: input.article, truePositives, falsePositives, falseNegatives, forbidden };
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

export function typeScore(tp: number, fp: number, fn: number): TypeScore {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives: tp, falsePositives: fp, falseNegatives: fn, precision, recall, f1 };
}

function countType(articles: readonly ArticleScore[], type: EntityType | undefined): TypeScore {
  const of = (list: readonly Prediction[]) => list.filter((p) => type === undefined || p.type === type).length;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const a of articles) {
    tp += of(a.truePositives);
    fp += of(a.falsePositives);
    fn += of(a.falseNegatives);
  }
  return typeScore(tp, fp, fn);
}

export function evaluate(inputs: readonly ArticleInput[]): Evaluation {
  const articles = inputs.map(scoreArticle);
  return {
    person: countType(articles, "person"),
    organisation: countType(articles, "organisation"),
    overall: countType(articles, undefined),
    articles,
  };
}
