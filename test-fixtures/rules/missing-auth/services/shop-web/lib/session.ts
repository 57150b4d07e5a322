export interface ShopSession {
  userId: string;
  role: "customer" | "staff";
}

/** The caller's session from its cookie, or null when there is none (no check here: the gates refuse). */
export async function readSession(request: Request): Promise<ShopSession | null> {
  const cookie = request.headers.get("cookie");
  return cookie?.includes("shop_session=") ? { userId: cookie.slice(-8), role: "customer" } : null;
}
