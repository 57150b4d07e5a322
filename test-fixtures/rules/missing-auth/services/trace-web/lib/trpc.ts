import { initTRPC } from "@trpc/server";

const t = initTRPC.create();
export const appRouter = t.router({});
export const createContext = async () => ({});
