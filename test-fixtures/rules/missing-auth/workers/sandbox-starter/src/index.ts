// The starter a project's CLI writes for a user's sandboxed function: the sandbox calls `fetch` with the parsed
// input and serialises what it returns. A Workers runtime would refuse the answer: it is plain data, no Response.
interface Input {
  [field: string]: unknown;
}

export default {
  // ok: missing-auth -- returns plain data to its caller; no Workers runtime serves it
  async fetch(input: Input, context: { kind: string }) {
    return { ok: true, echoed: input, kind: context.kind };
  },
};
