import { createServer } from "node:http";
import { modulesIn } from "./module-registry";
import { rememberRendered, renderedFor } from "./response-memo";

createServer((request, response) => {
  const path = request.url ?? "/";
  const html = renderedFor(path) ?? `<p>${Object.keys(modulesIn("pages") ?? {}).length} pages</p>`;
  rememberRendered(path, html);
  response.end(html);
}).listen(3000);
