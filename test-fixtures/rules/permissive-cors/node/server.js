const http = require("http");
const { parse } = require("url");

const partnerOrigins = { "https://shop.example.com": true };
const server = http.createServer();

server.on("request", (req, res) => {
  const { origin } = parse(req.url, true).query;
  if (req.url.startsWith("/embed")) {
    // expect: permissive-cors
    res.setHeader("Access-Control-Allow-Origin", origin);
    res.setHeader("Access-Control-Allow-Credentials", true);
    return res.end();
  }
  if (origin in partnerOrigins) {
    // ok: permissive-cors -- the origin is looked up in a table of partners first
    res.setHeader("Access-Control-Allow-Origin", origin);
    res.setHeader("Access-Control-Allow-Credentials", true);
  }
  res.end();
});

server.listen(8080);
