import { primeModules } from "../preload/module-registry";

primeModules("pages", { home: {}, about: {} });
