export class NotebooksService {
  list(filter: { ownerId: string; archived: boolean }) {
    return filter;
  }
  page(size: number) {
    return { size };
  }
  byIds(ids: string[]) {
    return ids;
  }
  tagged(tag: string | undefined) {
    return tag;
  }
}
