const rows = [];

class Member {
  constructor(fields) {
    this.email = String(fields.email);
    this.password = String(fields.password);
  }

  async save() {
    rows.push(this);
  }

  static async findOne(query) {
    return rows.find((row) => row.email === query.email);
  }
}

module.exports = Member;
