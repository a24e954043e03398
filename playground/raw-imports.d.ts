// Vite's `?raw` imports give a file's text (playground/main.tsx takes schema.graphql so).
declare module "*?raw" {
  const text: string;
  export default text;
}
