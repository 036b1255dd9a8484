import type { CommonData, LexiconCategory } from "./data.ts";
import { atWordStart, escapeRegExp } from "./escape-regexp.ts";
import { within } from "./evidence.ts";
import type { Evidence } from "./types.ts";

/**
 * Context that changes what a phrase means, as data (common.json `contexts`):
 * "visa fee paid by the employer", "salary to your Kaspi card", "beware of
 * fake adverts asking for prepayment". A rule's `when` cue cancels the
 * `cancels` cues found in the same clause or sentence.
 */

export type ContextRule = CommonData["contexts"][number];
export type Cues = Record<LexiconCategory, Evidence[]>;
type Span = readonly [number, number];

/** Where sentences end: a line break, or . ! ? ؟ ۔ before a space. */
const SENTENCE_END = /\n|[.!?؟۔]+(?=\s|$)/g;
/** Where paragraphs end: an empty line. */
const PARAGRAPH_END = /\n\s*\n/g;

export interface ContextResult {
  cues: Cues;
  /** Stretches of the ad in which amounts are not fees the worker pays. */
  feeFree: Span[];
  /** Stretches whose company names and licence numbers are quoted, not claimed (a warning naming a refused company). */
  quoted: Span[];
  /** Stretches whose brands are what the worker works on ("worked on Toyota, Nissan"), not who hires. */
  worked: Span[];
}

/** A quotation on one line: «…», "…", “…”, „…“. */
const QUOTATION = /«[^»\n]{1,160}»|"[^"\n]{1,160}"|“[^”\n]{1,160}”|„[^“\n]{1,160}“/g;

function quotations(text: string): Span[] {
  return [...text.matchAll(QUOTATION)].map((m) => [m.index, m.index + m[0].length] as const);
}

function boundaries(text: string, pattern: RegExp): number[] {
  const points = [0];
  for (const m of text.matchAll(pattern)) points.push(m.index, m.index + m[0].length);
  points.push(text.length);
  return points.sort((a, b) => a - b);
}

function enclosing(points: readonly number[], e: Evidence): Span {
  let start = 0;
  let end = points[points.length - 1]!;
  for (const p of points) {
    if (p <= e.start) start = p;
    else if (p >= e.end) {
      end = p;
      break;
    }
  }
  return [start, end];
}

const inside = (e: Evidence, [start, end]: Span) => e.start >= start && e.end <= end;

/** `clause` splits sentences further at commas, semicolons and the clause words ("but", "но"). */
export function compileClauseBreak(clauseWords: readonly string[]): RegExp {
  const words = clauseWords.map(escapeRegExp).join("|");
  return new RegExp(`\\n|[.!?؟۔]+(?=\\s|$)|[,;:،؛]|${atWordStart(words)}(?![\\p{L}\\p{N}])`, "giu");
}

/** Where the first line with something on it from `from` ends (after its last visible character), or the text's end. */
function lineEnd(text: string, from: number): number {
  const end = /\S\s*\n/g;
  end.lastIndex = from;
  const found = end.exec(text);
  return found ? found.index + 1 : text.length;
}

/**
 * The advert's opening line, where a notice says who issues it: under a heading of a word or two ("ЭСКЕРТҮҮ!",
 * "⚠️ WARNING ⚠️"), the line after it.
 */
function openingLineEnd(text: string): number {
  const first = lineEnd(text, 0);
  const words = text.slice(0, first).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return words <= 2 ? lineEnd(text, first) : first;
}

/**
 * `negated` tells a cue the advert says is not there ("«тіркеу ақысы» деген жоқ", "no registration fee"): such a
 * cue does not stop a rule, so a salary card beside a refused fee is still the wage's card. Nor does a cue that is
 * part of the rule's own phrase.
 */
export function applyContexts(cues: Cues, normalized: string, rules: readonly ContextRule[], clauseBreak: RegExp, negated: (e: Evidence) => boolean = () => false): ContextResult {
  // The opening line is only worked out for an advert that has an `opening` rule's cue at all.
  let openingEnd: number | undefined;
  const inOpening = (e: Evidence) => e.start < (openingEnd ??= openingLineEnd(normalized));
  const whenCues = (r: ContextRule) => (r.opening ? cues[r.when].filter(inOpening) : cues[r.when]);
  const active = rules.filter((r) => whenCues(r).length > 0);
  if (active.length === 0) return { cues, feeFree: [], quoted: [], worked: [] };
  const cache = new Map<ContextRule["scope"], number[]>();
  const PATTERN = { sentence: SENTENCE_END, paragraph: PARAGRAPH_END, clause: clauseBreak } as const;
  const points = (scope: Exclude<ContextRule["scope"], "quotes" | "text">) => {
    const found = cache.get(scope) ?? boundaries(normalized, PATTERN[scope]);
    cache.set(scope, found);
    return found;
  };

  const cancelled = new Map<string, Span[]>();
  let quotes: Span[] | undefined;
  // Rules that nothing stops run first: a cue one of them cancels (a card named in a warning's own account of
  // the fraud) no longer stops a rule that waits on it.
  const ordered = [...active.filter((r) => r.unless.length === 0), ...active.filter((r) => r.unless.length > 0)];
  const spent = (category: string, e: Evidence) => (cancelled.get(category) ?? []).some((s) => inside(e, s));
  for (const rule of ordered) {
    // "quotes": wherever the cue is, the words the advert puts in quotation marks; "text": the whole advert.
    const scope = rule.scope;
    const whens = whenCues(rule);
    const found: Span[] =
      scope === "quotes" ? (quotes ??= quotations(normalized)) : scope === "text" ? [[0, normalized.length]] : whens.map((e) => enclosing(points(scope), e));
    // A cue inside the rule's own cue does not stop it: the "payment" of "payment har hafte" (weekly pay) is that pay.
    // A cue the advert quotes does not stop a rule that says so (quotedStops): a warning quotes the lures it warns of.
    const quoted = (e: Evidence) => !rule.quotedStops && (quotes ??= quotations(normalized)).some((q) => inside(e, q));
    const stops = (e: Evidence, span: Span) => inside(e, span) && !negated(e) && !whens.some((w) => within(e, w)) && !quoted(e);
    const spans = found.filter((span) => !rule.unless.some((u) => cues[u].some((e) => stops(e, span) && !spent(u, e))));
    if (spans.length === 0) continue;
    for (const target of rule.cancels) cancelled.set(target, [...(cancelled.get(target) ?? []), ...spans]);
  }
  if (cancelled.size === 0) return { cues, feeFree: [], quoted: [], worked: [] };
  const kept = { ...cues };
  for (const [target, spans] of cancelled) {
    if (target === "feeMoney" || target === "companies" || target === "licences" || target === "brands") continue;
    const category = target as LexiconCategory;
    kept[category] = cues[category].filter((e) => !spans.some((s) => inside(e, s)));
  }
  return {
    cues: kept,
    feeFree: cancelled.get("feeMoney") ?? [],
    quoted: [...(cancelled.get("companies") ?? []), ...(cancelled.get("licences") ?? [])],
    worked: cancelled.get("brands") ?? [],
  };
}

export function withinAny(e: Evidence, spans: readonly Span[]): boolean {
  return spans.some((s) => inside(e, s));
}
