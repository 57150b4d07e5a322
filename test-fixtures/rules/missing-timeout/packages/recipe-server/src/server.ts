import express from "express";
import { PantryApi, RecipeActions } from "../../recipe-core/src";
import { nightlyExport } from "./nightly";

const app = express();

app.post("/kitchens/:id/sync", async (req, res) => {
  await PantryApi.syncPantry(req.params.id);
  res.json(RecipeActions.recipeLoaded({ id: req.params.id }));
});

setInterval(() => void nightlyExport(["main"]), 24 * 60 * 60 * 1000);

app.listen(3000);
