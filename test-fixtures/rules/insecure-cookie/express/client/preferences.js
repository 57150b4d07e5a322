// Browser code reading cookies through the project's jar, through its own document.cookie parser, and a setting
// through a store that is not a cookie jar.
import { Cookies } from "./cookie-jar";
import { settingsStore } from "./settings-store";

function readCookie(name) {
  const entry = `; ${document.cookie}`.split(`; ${name}=`)[1];
  return entry ? decodeURIComponent(entry.split(";")[0]) : undefined;
}

export function applyPreferences() {
  document.body.dataset.theme = Cookies.get("member_sso_token") ?? "light";
  document.documentElement.lang = readCookie("member_remember_token") ?? "en";
  document.body.dataset.plan = settingsStore.get("member_device_token") ?? "free";
}
