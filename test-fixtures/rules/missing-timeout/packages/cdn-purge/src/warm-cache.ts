// Runs when executed too, but it starts the purge hook's HTTP app it imports: a service, not a one-off script.
import { startPurgeHook } from "./purge-hook.js";

async function main() {
  startPurgeHook();
  // expect: missing-timeout
  const response = await fetch("https://cdn.example.com/admin/warm", { method: "POST" });
  console.log(response.status);
}

main();
