// Plain JavaScript with ES modules, no tsconfig: Node runs these files as written. The created guard is TypeScript,
// which Node would not load from here (`import "./lib/auth"` finds no .js file), so no guard is created for this route.
import express from "express";

const recipes = new Map();
const app = express();
app.use(express.json());

// expect: missing-auth
app.put("/recipes/:recipeId", (req, res) => {
  recipes.set(req.params.recipeId, req.body);
  res.status(204).end();
});

app.listen(3000);
