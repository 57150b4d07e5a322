"use client";
import { fetchSurveyPage } from "../../lib/survey-requests";
import { fetchSurveyStats } from "../../lib/survey-stats";

export function SurveyTable() {
  void fetchSurveyPage(window.location.origin, 1);
  void fetchSurveyStats(window.location.origin);
  return <table />;
}
