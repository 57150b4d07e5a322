import fastifyEnv from "@fastify/env";

const schema = {
  type: "object",
  required: ["SEARCH_PORT"],
  properties: {
    SEARCH_PORT: { type: "number", default: 9200 },
  },
};

// @fastify/autoload registers the default export with these options.
export const autoConfig = { confKey: "config", schema, data: process.env };

export default fastifyEnv;
