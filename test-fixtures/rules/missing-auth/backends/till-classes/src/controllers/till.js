import { store } from "../store.js";

class Till {
  // Vouchers were retired: every code is refused the same way.
  async redeemVoucher(req, res) {
    res.status(410).json({ ok: false, reason: "VOUCHERS_RETIRED" });
  }

  async closeTill(req, res) {
    const clerk = req.session?.clerkId;
    if (!clerk) return res.status(401).json({ ok: false });
    await store.update("tills", req.params.tillId, { closedBy: clerk });
    res.json({ ok: true });
  }

  async setFloat(req, res) {
    await store.update("tills", req.params.tillId, { float: Number(req.body.amount) });
    res.json({ ok: true });
  }
}

export default new Till();
