// CommonJS with renamed and destructured modules; the listener is attached after the server is made.
const disk = require("fs");
const { join: joinPath } = require("path");
const https = require("https");
const querystring = require("querystring");

const reportsDir = "/srv/reports";
const knownReports = new Set(["daily.csv", "weekly.csv"]);
const server = https.createServer({});

function onRequest(req, res) {
  const { report } = querystring.parse(req.url.split("?")[1] || "");
  if (req.method === "DELETE") {
    // expect: path-traversal
    disk.unlinkSync(joinPath(reportsDir, report));
    return res.end();
  }
  if (!knownReports.has(report)) {
    res.statusCode = 404;
    return res.end();
  }
  // ok: path-traversal -- only names in the allow-list get here
  disk.createReadStream(joinPath(reportsDir, report)).pipe(res);
}

server.on("request", onRequest);
server.listen(8443);
