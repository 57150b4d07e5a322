// File storage helpers: each takes the server's configuration first and a callback last. No HTTP response is near.
const fs = require("node:fs");
const Disk = require("./disk-writer.js");

const BlobFiles = module.exports;

BlobFiles.write = function (config, id, data, done) {
  // ok: error-detail-leak -- a function of a required module named write, handed the configuration: no response
  Disk.write(config, `${config.root}/${id}`, JSON.stringify(data), (err) => done(err && err.code));
};

BlobFiles.replace = function (config, id, data, done) {
  fs.unlink(`${config.root}/${id}`, () => {
    // ok: error-detail-leak -- this module's own write, through the const holding module.exports
    BlobFiles.write(config, id, data, done);
  });
};
