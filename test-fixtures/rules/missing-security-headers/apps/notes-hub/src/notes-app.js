import express from "express";

// ok: missing-security-headers -- only served through the main app, which mounts it: headers belong there
const app = express();

app.get("/:id", (req, res) => {
  res.send(`<article>${escapeHtml(req.params.id)}</article>`);
});

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export { app as handlers };
