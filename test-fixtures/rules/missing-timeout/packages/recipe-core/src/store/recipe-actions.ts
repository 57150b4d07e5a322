import { RecipesApi } from "../exports/api";

export const recipeLoaded = (recipe: unknown) => ({ type: "recipe/loaded", recipe });

// A thunk: its body runs only when something dispatches it.
export const loadRecipe = (id: string) => async (dispatch: (action: unknown) => void) => {
  const { data } = await RecipesApi.fetchRecipe(id);
  dispatch(recipeLoaded(data));
};
