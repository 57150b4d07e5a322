export const sessionOptions = { providers: [] };
