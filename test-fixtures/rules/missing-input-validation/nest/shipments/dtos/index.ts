export * from "./book-shipment.dto";
export { PrintLabelDto as LabelRequestDto } from "./print-label.dto";
