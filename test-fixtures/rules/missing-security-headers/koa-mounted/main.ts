import Koa from "koa";
import helmet from "koa-helmet";
import { attachServices } from "./services";

// The root app: helmet here covers every sub-app mounted under it.
const app = new Koa();
app.use(helmet());
attachServices(app);
app.listen(3000);
