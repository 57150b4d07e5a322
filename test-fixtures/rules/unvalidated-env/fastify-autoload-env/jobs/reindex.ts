// ok: unvalidated-env -- SEARCH_PORT is a key of the schema the autoloaded @fastify/env plugin validates
export const searchPort = Number(process.env.SEARCH_PORT);
// expect: unvalidated-env
export const reindexBatch = Number(process.env.REINDEX_BATCH);
