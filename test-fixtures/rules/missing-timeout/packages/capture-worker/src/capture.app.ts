import { workerFrom } from "./worker-kit";
import { loadCapture } from "./capture-store";

export default workerFrom(async (request) => Response.json(await loadCapture(new URL(request.url).searchParams.get("id") ?? "")));
