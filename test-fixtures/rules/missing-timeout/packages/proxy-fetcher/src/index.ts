// A dispatcher that only routes through the proxy keeps undici's defaults: nothing here chose a deadline.
import { EnvHttpProxyAgent, setGlobalDispatcher } from "undici";

setGlobalDispatcher(new EnvHttpProxyAgent());

export async function fetchThroughProxy(url: string): Promise<string> {
  // expect: missing-timeout
  const response = await fetch(url);
  return response.text();
}
