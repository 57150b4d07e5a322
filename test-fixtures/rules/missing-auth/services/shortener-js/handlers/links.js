const store = new Map();

async function create(req, res) {
  store.set(String(store.size + 1), req.body.target);
  res.status(201).json({ id: store.size });
}

async function bulk(req, res) {
  for (const target of req.body.targets) store.set(String(store.size + 1), target);
  res.status(201).json({ count: store.size });
}

async function archive(req, res) {
  store.delete(req.params.id);
  res.status(204).end();
}

module.exports = { create, bulk, archive };
