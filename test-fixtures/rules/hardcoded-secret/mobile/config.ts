// Expo app configuration read at bundle time.
export const config = {
  apiUrl: process.env.EXPO_PUBLIC_API_URL,
  // expect: hardcoded-secret
  uploadToken: process.env.EXPO_PUBLIC_UPLOAD_TOKEN,
};
