// Two axios instances a module of this folder makes. Node has no page origin to resolve a path against, so an instance
// whose base URL is only a path is the browser bundle's client; one with a full URL calls another server.
import axios from "axios";

// ok: missing-timeout -- `baseURL: "/relay"` resolves only against the page that loaded the script: browser code
export const pageApi = axios.create({ baseURL: "/relay", withCredentials: true });

// expect: missing-timeout
export const relayApi = axios.create({ baseURL: "https://relay.example.com/relay", timeout: 30000 });
