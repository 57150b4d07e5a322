/** Raised by the persistence layer; it carries no HTTP status of its own. */
export class StoreException extends Error {}

/** A storage fault about one record. */
export class RecordException extends StoreException {}
