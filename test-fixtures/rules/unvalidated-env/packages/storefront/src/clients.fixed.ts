// Every client is made while the module loads, but the package's .env.example only gives the orders database a
// value: the partner feed ships empty and the analytics token is not in it at all. An install configured from the
// template runs without those two, so the env module the fix writes requires the database URL alone.
import { FeedClient, OrdersClient, StatsClient } from "./sdk";
import { env } from "./env";

// expect: unvalidated-env
export const orders = new OrdersClient(env.ORDERS_DB_URL);
// ok: unvalidated-env -- counted in the package's one finding
export const feed = new FeedClient(process.env.PARTNER_FEED_KEY!);
// ok: unvalidated-env -- counted in the package's one finding
export const stats = new StatsClient(process.env.ANALYTICS_TOKEN!);
