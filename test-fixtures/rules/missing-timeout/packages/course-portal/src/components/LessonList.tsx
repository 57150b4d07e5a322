"use client";
import { useEffect, useState } from "react";
import { readJson } from "../lib/requests";
import { saveProgress } from "../actions/progress";

export function LessonList() {
  const [lessons, setLessons] = useState<unknown>(null);
  useEffect(() => {
    void readJson("/api/lessons").then(setLessons);
  }, []);
  return <button onClick={() => void saveProgress(String(lessons))}>Done</button>;
}
