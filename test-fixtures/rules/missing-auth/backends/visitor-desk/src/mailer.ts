export async function mailStaff(subject: string, text: string): Promise<void> {
  void subject;
  void text;
}

export async function saveRow(table: string, row: unknown): Promise<void> {
  void table;
  void row;
}
