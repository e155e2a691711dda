export function App() {
  return <main>Landing Zone Studio</main>;
}
