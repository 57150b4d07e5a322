// Declares its endpoints through the folder's barrel, at module level.
import { declareEndpoint } from "./index";

export const cancelOrder = declareEndpoint({ path: "/orders/{id}/cancel" });
