import { Indexed, touchColumn } from "./index-columns";

export function writeRow(row: object): void {
  touchColumn(row, "updatedAt");
}
