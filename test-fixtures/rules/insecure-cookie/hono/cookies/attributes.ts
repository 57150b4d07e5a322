export function cookieAttributes(): string {
  return ["Path=/", "HttpOnly", "Secure", "SameSite=Lax"].join("; ");
}
