// A preview server the library ships for trying templates: it takes only the version from the entry.
import http from "node:http";
import { version } from "./index";

http.createServer((req, res) => res.end(`mailer-kit ${version()}`)).listen(4010);
