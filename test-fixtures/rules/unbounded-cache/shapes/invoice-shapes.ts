import { publishShape, sampleShape, type Shape } from "./catalog";

const invoiceTitle = ["Invoice", "Line"].join("");

export const invoiceShape = publishShape({ title: invoiceTitle, fields: ["id", "total"] });
export const creditNoteShape = publishShape({ title: "CreditNote", fields: ["id", "invoiceId"] });

export function exportDocument(document: Record<string, unknown>): Shape {
  const shape = { title: String(document.kind), fields: Object.keys(document) };
  sampleShape(shape);
  return shape;
}
