export * from "./exports/api";
export * as RecipeActions from "./store/recipe-actions";
