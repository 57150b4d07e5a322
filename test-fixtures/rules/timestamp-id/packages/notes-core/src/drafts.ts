// Shared with the React Native app (notes-mobile depends on this package): neither Node's crypto module nor
// `crypto.randomUUID` exists there, so the finding comes without a fix.
interface Drafts {
  insertOne(draft: object): Promise<unknown>;
}

export function saveDraft(drafts: Drafts, body: string) {
  return drafts.insertOne({
    // expect: timestamp-id
    draftId: "draft_" + Date.now(),
    body,
  });
}
