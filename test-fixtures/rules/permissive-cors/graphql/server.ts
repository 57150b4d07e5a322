import { ApolloServer } from "apollo-server";

const typeDefs = "type Query { me: String }";

// expect: permissive-cors
export const dashboardApi = new ApolloServer({ typeDefs, cors: { origin: true, credentials: true } });

// ok: permissive-cors -- every origin, but no cookies go with the requests
export const publicApi = new ApolloServer({ typeDefs, cors: { origin: true } });

// ok: permissive-cors -- a fixed list of origins
export const adminApi = new ApolloServer({ typeDefs, cors: { origin: ["https://admin.example.com"], credentials: true } });
