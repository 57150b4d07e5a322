import type { DeskActions } from "../action-table";

export default function archiveActions(actions: DeskActions) {
  // ok: missing-auth -- an entry of the project's own ActionTable, run only by server.ts's bearer-checked dispatch route
  actions.delete("/parcels/:id", async (input) => ({ archived: input.params.id }));
}
