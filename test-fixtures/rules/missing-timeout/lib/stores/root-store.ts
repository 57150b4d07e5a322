// Two client stores that import each other; only a client component imports them.
import { DocumentsStore } from "./documents-store";

export class RootStore {
  documents = new DocumentsStore(this);
}
