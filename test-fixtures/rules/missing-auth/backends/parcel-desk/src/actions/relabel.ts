import { json } from "express";
import { ActionTable, type DeskContext } from "../action-table";

export const relabelBodyParser = json({ limit: "4kb" });

export function relabelActions(table: ActionTable<DeskContext>) {
  // ok: missing-auth -- filed in the ActionTable class itself, which holds no server router (this file naming Express does not make it one)
  table.post("/parcels/:id/label", async (input, ctx) => ({ relabelled: input.params.id, by: ctx.clerk }));
}
