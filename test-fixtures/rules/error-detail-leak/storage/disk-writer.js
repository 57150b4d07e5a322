const fs = require("node:fs");

exports.write = function (config, path, text, done) {
  fs.writeFile(path, text, { mode: config.fileMode }, done);
};
