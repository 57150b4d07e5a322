import { readFileSync } from "node:fs";
import { BadRequestException, Injectable } from "@nestjs/common";
import { z } from "zod";
import { Formula, parseFilterQuery, type FilterNode } from "../lib/filter-language";

const viewOptionsSchema = z.object({ columns: z.array(z.string()), sortBy: z.string().optional() });

interface ObjectStore {
  signedUrl(key: string): Promise<string>;
}

@Injectable()
export class ViewsService {
  constructor(private readonly store: ObjectStore) {}

  filterOf(text: string): FilterNode[] {
    try {
      return parseFilterQuery(text);
    } catch (error) {
      // ok: error-detail-leak -- the try runs only an imported parser on the caller's text, answered as a 400
      throw new BadRequestException(`cannot read the filter: ${(error as Error).message}`);
    }
  }

  checkOptions(options: unknown): void {
    try {
      viewOptionsSchema.parse(options);
    } catch (error) {
      // ok: error-detail-leak -- a schema's verdict on the caller's own options, answered as a 400
      throw new BadRequestException(error);
    }
  }

  columnType(expression: string): string {
    let type: string;
    try {
      type = Formula.resultType(expression);
    } catch (error) {
      // ok: error-detail-leak -- a static method of an imported class, computing over the caller's expression
      throw new BadRequestException((error as Error).message);
    }
    return type;
  }

  async download(key: string): Promise<string> {
    try {
      return await this.store.signedUrl(key);
    } catch (error) {
      // expect: error-detail-leak
      throw new BadRequestException((error as Error).message);
    }
  }

  template(name: string): string {
    try {
      return readFileSync(`/srv/templates/${name}.json`, "utf8");
    } catch (error) {
      // expect: error-detail-leak
      throw new BadRequestException((error as Error).message);
    }
  }
}
