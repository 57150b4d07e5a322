import { RecipesApi } from "../../../recipe-core/src";
import { RecipeView } from "../../components/recipe-view";

// Runs on the Next.js server for every request of the page.
export async function getServerSideProps(context: { params: { id: string } }) {
  const { data } = await RecipesApi.fetchRecipeCard(context.params.id);
  return { props: { card: data } };
}

export default function RecipePage(props: { card: { id: string; title: string } }) {
  return <RecipeView card={props.card} />;
}
