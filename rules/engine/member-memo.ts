// What was worked out for one class member of an open document, kept from one version of its text to the next, so a
// keystroke re-works only the member it lands in. A result is reused when the member's text and its context are the
// same: the file's text outside the bodies of the class's methods (imports, module-level declarations, the class's
// decorators, properties, constructor and method signatures). A result may read only its member and that context, never another member's body.
// Its spans move with the member; a result with a span whose position the context does not fix (after the class's
// first member body and outside the member) is not kept.
import { ts } from "ts-morph";
import type { Span } from "./types.js";

interface Entry {
  /** Where the member began (its full start, with leading trivia) when the result was worked out. */
  pos: number;
  value: unknown;
  /** The queries it asked, with their answers: it holds while each answers the same. */
  asked: Question[];
}

interface Question {
  name: string;
  args: unknown[];
  answer: unknown;
}

/** What a result may ask beyond its member and context (project facts): functions of plain data. */
export type Queries = { [name: string]: ((...args: never[]) => unknown) | undefined };

interface ClassContext {
  text: string;
  /** Where the class's first member body begins: a span ending before it stands where the context puts it. */
  firstBodyStart: number;
}

export class MemberMemo {
  /**
   * Results of the previous version, then of this one, by context, kind and member text. Maps of maps, not one key
   * joined from the three: a joined key is a new string, copied and hashed whole at every lookup.
   */
  private previous = new Map<string, Map<string, Map<string, Entry>>>();
  private current = new Map<string, Map<string, Map<string, Entry>>>();
  /** This version's class contexts (the incremental parser reuses class nodes whose text moved). */
  private contexts = new WeakMap<ts.ClassLikeDeclaration, ClassContext>();

  /** A new version of the text is being worked on: results its members do not ask for again are dropped after it. */
  nextVersion(): void {
    this.previous = this.current;
    this.current = new Map();
    this.contexts = new WeakMap();
  }

  /**
   * `compute(queries)` for `member` of `owner`, or what it gave for the same member text in the same context (its
   * spans moved) when each of the `queries` it asked answers the same now.
   */
  reuse<T, Q extends Queries = Queries>(kind: string, owner: ts.ClassLikeDeclaration, member: ts.ClassElement, compute: (queries: Q) => T, queries = {} as Q): T {
    const context = this.contextOf(owner);
    const key = member.getSourceFile().text.slice(member.pos, member.end);
    const moved = (value: unknown, from: number): unknown => (from === member.pos ? value : movedSpans(value, from, member.pos, member.end - member.pos));
    const known = [this.previous.get(context.text)?.get(kind)?.get(key), this.current.get(context.text)?.get(kind)?.get(key)].find(
      (entry) => entry && entry.asked.every(({ name, args, answer }) => sameData(queries[name]?.(...(moved(args, entry.pos) as never[])), answer)),
    );
    let inContext = this.current.get(context.text);
    if (!inContext) this.current.set(context.text, (inContext = new Map()));
    let current = inContext.get(kind);
    if (!current) inContext.set(kind, (current = new Map()));
    if (known) {
      // An entry is never changed once made: one whose member has not moved is kept as it is.
      const entry = known.pos === member.pos ? known : { pos: member.pos, value: moved(known.value, known.pos), asked: known.asked.map((question) => ({ ...question, args: moved(question.args, known.pos) as unknown[] })) };
      current.set(key, entry);
      // A copy: the caller may change what it is given.
      return copyOf(entry.value) as T;
    }
    // Each question once: a handler asks the same (is `this.logger` a logger?) at every call it makes.
    const asked = new Map<string, Question>();
    const recording = Object.fromEntries(
      Object.entries(queries).map(([name, query]) => [
        name,
        query &&
          ((...args: never[]) => {
            const answer = query(...args);
            const question = `${name}\n${JSON.stringify(args)}`;
            if (!asked.has(question)) asked.set(question, { name, args: copyOf(args) as unknown[], answer: copyOf(answer) });
            return answer;
          }),
      ]),
    ) as Q;
    const value = compute(recording);
    const questions = [...asked.values()];
    // Kept as a copy: what the caller does with its result (redacting the summary's strings, say) is not the result.
    if (spansAreFixed([value, questions], member, context.firstBodyStart)) current.set(key, { pos: member.pos, value: copyOf(value), asked: questions });
    return value;
  }

  private contextOf(owner: ts.ClassLikeDeclaration): ClassContext {
    let context = this.contexts.get(owner);
    if (!context) this.contexts.set(owner, (context = classContextOf(owner)));
    return context;
  }
}

/** The file's text with the bodies of `owner`'s members cut out (each cut marked, so no two texts join into one). */
export function classContextOf(owner: ts.ClassLikeDeclaration): ClassContext {
  const { text } = owner.getSourceFile();
  const bodies = owner.members.flatMap((member) => {
    const body = memberBody(member);
    return body ? [body] : [];
  });
  let context = "";
  let from = 0;
  for (const body of bodies) {
    context += text.slice(from, body.pos) + "\u0000";
    from = body.end;
  }
  return { text: context + text.slice(from), firstBodyStart: bodies[0]?.pos ?? text.length };
}

/**
 * A method's or accessor's block: what the member's own text holds. Property initializers and the constructor stay in
 * the context, since a method's facts read them (`this.users` is a `UsersService` by `users = new UsersService()`).
 */
function memberBody(member: ts.ClassElement): ts.Node | undefined {
  return ts.isMethodDeclaration(member) || ts.isGetAccessor(member) || ts.isSetAccessor(member) ? member.body : undefined;
}

function sameData(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function isSpan(value: object): value is Span {
  return typeof (value as Span).start === "number" && typeof (value as Span).end === "number";
}

/** Whether every span in `value` is inside `member` or ends before the class's first member body. */
function spansAreFixed(value: unknown, member: ts.Node, firstBodyStart: number): boolean {
  if (typeof value !== "object" || value === null) return true;
  if (isSpan(value) && !(value.end <= firstBodyStart || (value.start >= member.pos && value.end <= member.end))) return false;
  return Object.values(value).every((field) => spansAreFixed(field, member, firstBodyStart));
}

/** A copy of `value` (plain data) with the spans that were inside the member (at `from`, `length` long) moved to `to`. */
function movedSpans(value: unknown, from: number, to: number, length: number): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map((element) => movedSpans(element, from, to, length));
  // `for in`, not Object.entries: this copies every reused result at every keystroke, and the entries arrays were most of what it allocated.
  const copy: Record<string, unknown> = {};
  for (const key in value) copy[key] = movedSpans((value as Record<string, unknown>)[key], from, to, length);
  if (isSpan(value) && value.start >= from && value.end <= from + length) {
    copy.start = value.start - from + to;
    copy.end = value.end - from + to;
  }
  return copy;
}

function copyOf(value: unknown): unknown {
  return movedSpans(value, 0, 0, -1);
}

/** `memo.reuse` when `fn` is a class's method (a Nest route's handler, say); else `compute`, every time. */
export function reusedForMethod<T, Q extends Queries = Queries>(memo: MemberMemo | undefined, kind: string, fn: ts.Node, compute: (queries: Q) => T, queries = {} as Q): T {
  const owner = fn.parent;
  return memo && ts.isMethodDeclaration(fn) && owner && ts.isClassLike(owner) ? memo.reuse(kind, owner, fn, compute, queries) : compute(queries);
}
