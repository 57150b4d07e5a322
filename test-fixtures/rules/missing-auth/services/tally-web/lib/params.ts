import { z } from "zod";

/** A shared schema piece the routes compose into their own schemas. */
export const colourParam = z.enum(["red", "green", "blue"]);
