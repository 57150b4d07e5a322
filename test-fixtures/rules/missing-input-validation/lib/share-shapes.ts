// A request shape declared away from the handler that casts to it.
export interface ImportedShare {
  sessionKey: string;
  layout?: string;
}
