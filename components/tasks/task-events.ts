// Window events between parts of the page that don't share state: the header (bell) and the task board.

/** Tasks changed outside the board (a notification's Done): the board reloads its list. */
export const TASKS_CHANGED_EVENT = "docket:tasks-changed";
/** A notification asks to open a task; a board that shows it opens its editor and cancels the event. */
export const OPEN_TASK_EVENT = "docket:open-task";
/** The bell should look for new notifications now (a test notification was sent). */
export const NOTIFICATIONS_CHANGED_EVENT = "docket:notifications-changed";

export const announceTasksChanged = () => window.dispatchEvent(new Event(TASKS_CHANGED_EVENT));

/** Opens the task's editor on this page when a board here shows it; otherwise false. */
export function openTaskHere(taskId: number): boolean {
  return !window.dispatchEvent(new CustomEvent<number>(OPEN_TASK_EVENT, { detail: taskId, cancelable: true }));
}
