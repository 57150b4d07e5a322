import express from "express";
import booksRouter from "./books";

const router = express.Router();
router.use("/books", booksRouter);
// Loans are served by the lending service now:
// router.use("/loans", loansRouter)

export default router;
