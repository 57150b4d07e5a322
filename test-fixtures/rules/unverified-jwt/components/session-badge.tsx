"use client";
import { jwtDecode } from "jwt-decode";

export function SessionBadge({ token }: { token: string }) {
  // ok: unverified-jwt -- browser code decodes for display; the server verifies
  const { name } = jwtDecode<{ name: string }>(token);
  if (!name) return null;
  return <span>{name}</span>;
}
