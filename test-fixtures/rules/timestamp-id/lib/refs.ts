import { randomUUID } from "node:crypto";

// ok: timestamp-id -- the clock only prefixes a UUID, which is unique and unguessable on its own
export const makeRef = () => `${Date.now().toString(36)}_${randomUUID()}`;

// expect: timestamp-id
export const makeShortRef = () => `${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`;
