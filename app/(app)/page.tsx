export default function TasksPage() {
  return <main>Tasks</main>;
}
