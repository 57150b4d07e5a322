// The recipe site's REST client, kept in the core package that both the site and the sync server load. Which of
// these functions a server runs depends on who calls them, not on where they live.
import axios from "axios";

const recipesUrl = process.env.RECIPES_API_URL;

// ok: missing-timeout -- only a thunk calls it, and only the site's browser code dispatches that thunk
export function fetchRecipe(id: string) {
  return axios.get(`${recipesUrl}/recipes/${id}`);
}

// ok: missing-timeout -- only a Pages Router component calls it, from a click handler
export function searchRecipes(query: string) {
  return axios.get(`${recipesUrl}/recipes`, { params: { query } });
}

export function fetchRecipeCard(id: string) {
  // expect: missing-timeout
  return axios.get(`${recipesUrl}/recipes/${id}/card`);
}

export function fetchFeatured() {
  // expect: missing-timeout
  return axios.get(`${recipesUrl}/recipes/featured`);
}

export function fetchSiteBanner() {
  // expect: missing-timeout
  return axios.get(`${recipesUrl}/banner`);
}
