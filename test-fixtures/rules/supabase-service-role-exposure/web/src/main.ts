import { createApp } from "vue";
import { supabase } from "./supabase";

createApp({ data: () => ({ supabase }) }).mount("#app");
