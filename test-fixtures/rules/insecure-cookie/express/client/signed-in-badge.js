// Browser code of the same project: the page shows who is signed in by decoding the token cookie itself.
import Cookies from "js-cookie";

export function signedInUser() {
  const token = Cookies.get("member_token");
  if (!token) return null;
  window.dispatchEvent(new Event("signed-in"));
  return JSON.parse(atob(token.split(".")[1]));
}

export function lastVisitedPage() {
  const pair = document.cookie.split("; ").find((entry) => entry.startsWith("login_return="));
  return pair ? decodeURIComponent(pair.slice("login_return=".length)) : "/";
}
