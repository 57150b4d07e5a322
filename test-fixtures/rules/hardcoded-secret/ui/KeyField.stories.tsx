import type { Meta, StoryObj } from "@storybook/react";
import { KeyField } from "./KeyField";

const meta: Meta<typeof KeyField> = { component: KeyField };
export default meta;

// ok: hardcoded-secret -- sample props of a Storybook story: a UI fixture, never deployed with the backend
const apiKey = "Qx7!vR2$mZ9#tL4@wP8&";

export const Filled: StoryObj<typeof KeyField> = { args: { label: "API key", value: apiKey } };
