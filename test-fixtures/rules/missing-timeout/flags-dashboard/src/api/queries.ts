import { listFlags } from "./flags";

// Generated query keys nothing imports yet: an entry as far as the import graph can tell.
export const flagQueries = {
  list: (project: string) => ({ key: ["flags", project], load: () => listFlags(project) }),
};
