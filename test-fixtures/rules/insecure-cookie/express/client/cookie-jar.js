// The page's one cookie jar: js-cookie with the project's attributes, made once and imported where cookies are read.
import jsCookie from "js-cookie";

export let Cookies;
if (typeof window !== "undefined") Cookies = jsCookie.withAttributes({ sameSite: "lax" });
