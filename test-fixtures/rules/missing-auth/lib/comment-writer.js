// A script builder that appends formatted text: its `put` takes a format string, which only looks like a path.
const { TextBuilder } = globalThis.PLUGIN_TOOLS;

class CommentWriter extends TextBuilder {
  note(text) {
    // ok: missing-auth -- `put` appends a comment to the script; a printf placeholder is no part of a route path
    this.put("/* %s */", text);
  }

  remove(path) {
    this.put("/delete %s", path);
  }
}

module.exports = CommentWriter;
