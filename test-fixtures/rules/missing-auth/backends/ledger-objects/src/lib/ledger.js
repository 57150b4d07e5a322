export const ledger = {
  async record(memberId, entry) {
    return { memberId, entry };
  },
  async close(period) {
    return { period };
  },
  async importFrom(partner, rows) {
    return { partner, rows };
  },
};
