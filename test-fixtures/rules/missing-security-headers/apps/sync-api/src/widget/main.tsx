import { createRoot } from "react-dom/client";

function SyncBadge() {
  return <span>synced</span>;
}

createRoot(document.getElementById("badge")!).render(<SyncBadge />);
