import type { RouteBook } from "./route-book";

export function pickupRoutes(book: RouteBook) {
  // expect: missing-auth
  book.post("/pickups", (req, res) => res.json({ booked: req.body }));
}
