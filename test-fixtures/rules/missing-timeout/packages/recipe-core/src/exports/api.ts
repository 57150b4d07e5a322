import * as RecipesApi from "../api";

export { RecipesApi };
export * as PantryApi from "../api/pantry-api";
