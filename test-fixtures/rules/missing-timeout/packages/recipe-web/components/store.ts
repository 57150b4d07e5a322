export const store = { dispatch: (action: unknown) => action };
