import express from "express";

const app = express();

// The image runs Node 18, whose global `crypto` needs a flag: the fix imports the module.
app.get("/shelves/:id", async (req, res) => {
  try {
    res.json(await loadShelf(req.params.id));
  } catch (err) {
    // expect: error-detail-leak
    res.status(500).json({ error: (err as Error).message });
  }
});

async function loadShelf(id: string): Promise<{ id: string }> {
  return { id };
}

app.listen(3000);
