const { store } = require("../store.js");

class Drawer {
  count = async (req, res) => {
    res.json({ coins: 0, notes: 0 });
  };

  async remove(req, res) {
    await store.remove("drawers", req.params.drawerId);
    res.status(204).end();
  }
}

module.exports = new Drawer();
