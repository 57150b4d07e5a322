import { timingSafeEqual } from "node:crypto";

// Compares two strings without leaking where they first differ.
export function sameText(left: string | null, right: string | null): boolean {
  if (left === null || right === null) return false;
  return sameBytes(Buffer.from(left), Buffer.from(right));
}

function sameBytes(left: Buffer, right: Buffer): boolean {
  if (left.length !== right.length) return false;
  return timingSafeEqual(left, right);
}

// Looks alike, but answers whether one string merely contains the other.
export function looselySame(left: string | null, right: string | null): boolean {
  if (left === null || right === null) return false;
  return left.includes(right);
}
