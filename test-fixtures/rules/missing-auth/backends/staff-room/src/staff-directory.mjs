const members = new Set((process.env.STAFF_ACCOUNTS ?? "").split(","));

export const Staff = {
  async isStaffMember(accountId) {
    return accountId !== null && members.has(accountId);
  },
};
