// Every call of the client, gathered in one module.
export * from "./share-calls";
