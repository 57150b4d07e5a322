// Planted, made-up credentials: the CLI tests assert that no output ever contains these values.
import Stripe from "stripe";

export const stripe = new Stripe("sk_live_Q7vR2mXw9KpL4tZc8NbH3yDf", { apiVersion: "2024-06-20" });

export const awsCredentials = {
  accessKeyId: "AKIAQ4WZ7RM2XKWPLV3T",
  region: "eu-west-1",
};
