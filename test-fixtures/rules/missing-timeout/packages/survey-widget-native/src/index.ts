// The widget for React Native apps: the whole widget, re-exported for the device, plus its platform tag.
import { Platform } from "react-native";

export * from "../../survey-widget/src";
export const surveyPlatform = Platform.OS;
