// The admin console is a Vue single-page app: its package never serves a request, it runs in the browser.
import { createApp } from "vue";
import AdminShell from "./AdminShell.vue";

createApp(AdminShell).mount("#admin");
