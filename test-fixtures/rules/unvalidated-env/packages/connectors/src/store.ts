export class CatalogStore {
  constructor(readonly url: string) {}
}
