// A small query language: parsing works on the text alone, and its errors describe that text.
export interface FilterNode {
  field: string;
  value: string;
}

export function parseFilterQuery(text: string): FilterNode[] {
  return text.split(" and ").map((clause) => {
    const [field, value] = clause.split("=");
    if (!field || value === undefined) throw new Error(`expected field=value near "${clause}"`);
    return { field, value };
  });
}

export class Formula {
  static resultType(expression: string): "number" | "text" {
    if (expression.trim() === "") throw new Error("the formula is empty");
    return /^[\d+\-*/ ().]+$/.test(expression) ? "number" : "text";
  }
}
