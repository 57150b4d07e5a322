export function defineConfig<T>(config: T): T {
  return config;
}
