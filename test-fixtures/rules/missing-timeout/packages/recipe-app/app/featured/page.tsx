// An App Router page without "use client": a server component, so the call runs on the server.
import { RecipesApi } from "../../../recipe-core/src";

export default async function FeaturedPage() {
  const { data } = await RecipesApi.fetchFeatured();
  return <ul>{data.map((recipe: { id: string; title: string }) => <li key={recipe.id}>{recipe.title}</li>)}</ul>;
}
