// A component of a Pages Router app: the server renders it, but its handlers run in the browser.
import { RecipeActions, RecipesApi } from "../../recipe-core/src";
import { store } from "./store";

export function RecipeView(props: { card: { id: string; title: string } }) {
  const search = async () => {
    const { data } = await RecipesApi.searchRecipes(props.card.title);
    store.dispatch(RecipeActions.loadRecipe(data[0].id));
  };
  return <button onClick={search}>{props.card.title}</button>;
}
