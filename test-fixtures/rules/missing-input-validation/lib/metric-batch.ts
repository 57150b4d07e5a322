// A message as protobuf code generators write it (an object with encode/decode over the runtime's wire reader), and
// a look-alike that only parses JSON text.
import { BinaryReader } from "@bufbuild/protobuf/wire";

export interface MetricPoint {
  name: string;
  value: number;
}

export interface MetricBatch {
  points: MetricPoint[];
}

export const MetricBatch = {
  decode(input: BinaryReader | Uint8Array, length?: number): MetricBatch {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    const end = length === undefined ? reader.len : reader.pos + length;
    const message: MetricBatch = { points: [] };
    while (reader.pos < end) {
      const tag = reader.uint32();
      if (tag >>> 3 === 1) message.points.push({ name: reader.string(), value: reader.double() });
      else reader.skip(tag & 7);
    }
    return message;
  },
};

export const LegacyBatch = {
  decode(input: Uint8Array): MetricBatch {
    return JSON.parse(new TextDecoder().decode(input)) as MetricBatch;
  },
};
