// Plain numbers, apart from the zod schemas: the task editor (loaded on demand) imports them, and
// importing lib/tasks/schemas there made Turbopack ship more of zod with the first page load.
export const REMINDERS_MAX = 5;
export const BEFORE_MINUTES_MAX = 40_320; // 4 weeks
