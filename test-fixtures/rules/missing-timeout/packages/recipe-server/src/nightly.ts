import { exportPantry } from "../../recipe-core/src/api/pantry-api";
import { RecipeActions } from "../../recipe-core/src";

export async function nightlyExport(kitchenIds: string[]) {
  for (const id of kitchenIds) {
    // await exportPantry(id);  -- switched off until the export service is back
    console.log(RecipeActions.recipeLoaded({ id }));
  }
}
