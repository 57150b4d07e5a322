// Registers a job the worker runs on its schedule.
export interface JobDefinition<Input> {
  name: string;
  handler: (input: Input) => Promise<void>;
}

const registered: Array<JobDefinition<never>> = [];

export function command<Input>(definition: JobDefinition<Input>): JobDefinition<Input> {
  registered.push(definition as JobDefinition<never>);
  return definition;
}
