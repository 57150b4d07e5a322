import { withCaller } from "./auth";
import { withDatabase } from "./database";

export const openChain = [withDatabase];
export const signedInChain = [withDatabase, withCaller];
