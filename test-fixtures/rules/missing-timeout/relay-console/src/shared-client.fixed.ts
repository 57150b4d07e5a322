// A client shared by the pages and the server: made with a path as its base, then pointed at a full URL when the
// server configures it, so its calls may run on the server.
import axios from "axios";

export function makeClient() {
  // expect: missing-timeout
  return axios.create({ baseURL: "/relay", timeout: 30000 });
}

export const shared = makeClient();

export function pointAt(endpoint: string) {
  shared.defaults.baseURL = `${endpoint}/relay`;
  return shared;
}
