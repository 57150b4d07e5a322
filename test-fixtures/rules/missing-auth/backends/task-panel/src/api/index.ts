import { Router } from "express";
import tasks from "./tasks";

export default () => {
  const api = Router();
  tasks(api);
  return api;
};
