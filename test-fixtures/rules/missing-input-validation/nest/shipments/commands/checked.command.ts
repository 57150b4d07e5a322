import { plainToInstance } from "class-transformer";
import { validateSync } from "class-validator";
import { BadRequestException } from "@nestjs/common";

/** Every command is built through `create`, which refuses input its field decorators reject. */
export abstract class CheckedCommand {
  static create<T extends CheckedCommand>(this: new () => T, input: T): T {
    const instance = plainToInstance(this, { ...input });
    const problems = validateSync(instance as object);
    if (problems.length > 0) throw new BadRequestException(problems.map((problem) => problem.property));
    return instance;
  }
}

/** Commands that act for one account. */
export abstract class AccountCommand extends CheckedCommand {}

/** A base whose `create` builds the command without looking at what it is given. */
export abstract class LooseCommand {
  static create<T extends LooseCommand>(this: new () => T, input: T): T {
    return Object.assign(new this(), input);
  }
}
