import { createRoot } from "react-dom/client";
import { listFlags } from "./api/flags";

createRoot(document.getElementById("root")!).render(<pre>{JSON.stringify(listFlags)}</pre>);
