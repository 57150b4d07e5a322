// A helper of the Vue admin console: browser code, even though nothing in this file says so.
import axios from "axios";

export async function listSessions(baseURL: string): Promise<unknown> {
  // ok: missing-timeout -- the package is a Vue app that serves nothing, so this runs in the admin's browser
  const { data } = await axios.get(`${baseURL}/admin/sessions`);
  return data;
}
