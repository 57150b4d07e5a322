export const appRouter = {};
export const createContext = () => ({});
