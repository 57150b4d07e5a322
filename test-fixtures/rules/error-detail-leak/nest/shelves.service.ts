import { Injectable } from "@nestjs/common";
import { RecordException, InputException, StoreException } from "./errors";

interface Shelf {
  id: string;
  label: string;
}

@Injectable()
export class ShelvesService {
  constructor(private readonly shelves: { insert(shelf: Shelf): Promise<Shelf>; findById(id: string): Promise<Shelf> }) {}

  async add(shelf: Shelf) {
    try {
      return await this.shelves.insert(shelf);
    } catch (err) {
      // ok: error-detail-leak -- a project error resting on the built-in Error carries no status; the framework answers it with a generic 500
      throw new StoreException((err as Error).message);
    }
  }

  async find(id: string) {
    try {
      return await this.shelves.findById(id);
    } catch (err) {
      // ok: error-detail-leak -- the same, two levels down the project's hierarchy
      throw new RecordException((err as Error).message);
    }
  }

  async rename(shelf: Shelf) {
    try {
      return await this.shelves.insert(shelf);
    } catch (err) {
      const failure = err as Error;
      // ok: error-detail-leak -- a 400 given only when the message names a schema-check failure about the caller's payload
      if (failure.message.includes("failed schema check") || failure.message.startsWith("Invalid value for")) throw new InputException(failure.message);
      throw err;
    }
  }

  async relabel(shelf: Shelf) {
    try {
      return await this.shelves.insert(shelf);
    } catch (err) {
      // expect: error-detail-leak
      throw new InputException((err as Error).message);
    }
  }
}
