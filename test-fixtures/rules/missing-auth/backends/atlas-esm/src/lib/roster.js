const rows = new Map();

export const roster = {
  async byEmail(email) {
    const row = rows.get(email);
    return row && { ...row, passwordMatches: async (given) => given === row.password };
  },
  async create(row) {
    const member = { id: String(rows.size + 1), ...row };
    rows.set(row.email, member);
    return member;
  },
  async issueSession(member) {
    return `s-${member.id}`;
  },
};
