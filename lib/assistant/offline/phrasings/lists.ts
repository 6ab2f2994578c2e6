import { organised, organisedLists as lists } from "./fixtures";
import { add, createList, list, listLists, moveTo, setDue, type Phrasing } from "./rows";

/**
 * Lists, said on Tuesday 10 March 2026 at 15:00 UTC: adding to one (a bare "to groceries" only
 * when the user has that list), seeing one, making one, moving tasks between them. List names
 * go to the tools as said; replies use the list's own name from the result.
 */
const tasks = organised;
const pending = { status: "pending" } as const;

export const listsRows: Phrasing[] = [
  // Adding to a list
  { say: "add milk to groceries", tasks, lists, calls: [add("Milk", { list: "groceries" })], reply: /^Added #9 “Milk” to Groceries\.$/ },
  { say: "Add Eggs To Groceries pls", tasks, lists, calls: [add("Eggs", { list: "Groceries" })] },
  { say: "add a trip to paris", tasks, lists, calls: [add("A trip to paris")], reply: /^Added #9 “A trip to paris”\.$/ },
  { say: "add go to the gym", tasks, lists, calls: [add("Go to the gym")] },
  { say: "add buy oat milk to groceries", tasks, lists, calls: [add("Buy oat milk", { list: "groceries" })] },
  { say: "add send the report to work", tasks, lists, calls: [add("Send the report to work")] },
  { say: "put bread, butter and jam on the groceries list", tasks, lists, calls: [add("Bread", { list: "groceries" }), add("Butter", { list: "groceries" }), add("Jam", { list: "groceries" })], reply: /^Added 3 tasks to Groceries:\n- #9 Bread\n- #10 Butter\n- #11 Jam$/ },
  { say: "could you add call the landlord to my work list?", tasks, lists, calls: [add("Call the landlord", { list: "work" })], reply: /to Work/ },
  { say: "ad milk to my shoping list", tasks, lists, calls: [add("Milk", { list: "shoping" })], reply: /^You have no list called “shoping” — your lists are Inbox, Work, Groceries, Travel\. Say “create a list called shoping” to make it, or “yes” to use your Inbox instead\.$/ },
  { say: "yes", before: ["add eggs and bread to my shopping list"], tasks, lists, calls: [add("Eggs"), add("Bread")], reply: /^Added 2 tasks:\n- #9 Eggs\n- #10 Bread$/ },
  { say: "add book the ferry to the Travel list tomorrow", tasks, lists, calls: [add("Book the ferry to the Travel list", { due: "tomorrow" })] },
  { say: "add 'Call mom' to my list", tasks, lists, calls: [add("Call mom")] },

  // Seeing a list: its pending tasks, and a date filter with it
  { say: "what's in my work list?", tasks, lists, calls: [list({ ...pending, list: "work" })], reply: /^You have 2 tasks in Work:\n- #2 Write the report\n- #5 Standup — Tomorrow 09:00$/ },
  { say: "WHATS ON MY GROCERIES LIST", tasks, lists, calls: [list({ list: "GROCERIES" })], reply: /#1 Buy milk/ },
  { say: "show me the travel list please", tasks, lists, calls: [list({ list: "travel" })], reply: /#7 Book hotel/ },
  { say: "what's in inbox?", tasks, lists, calls: [list({ list: "inbox" })], reply: /You have 4 tasks in Inbox/ },
  { say: "how many tasks are in my work list", tasks, lists, calls: [list({ list: "work" })], reply: /^You have 2 tasks in Work\.$/ },
  { say: "what's due tomorrow in my work list", tasks, lists, calls: [list({ list: "work", due_after: "2026-03-11", due_before: "2026-03-11" })], reply: /#5 Standup/ },
  { say: "what's on the work list today?", tasks, lists, calls: [list({ ...pending, list: "work", due: "today" })], reply: /^Nothing due today in work\.$/ },
  { say: "tasks in work", tasks, lists, calls: [list({ list: "work" })], reply: /2 tasks in Work/ },
  { say: "what's due this week in travel", tasks, lists, calls: [list({ list: "travel", due_after: "2026-03-10", due_before: "2026-03-16" })] },
  { say: "what's on my holiday list", tasks, lists, calls: [list({ list: "holiday" })], reply: /^You have no list called “holiday” — your lists are Inbox, Work, Groceries, Travel\./ },
  { say: "what lists do i have?", tasks, lists, calls: [listLists()], reply: /^You have 4 lists:\n- Inbox — 4 pending\n- Work — 2 pending\n- Groceries — 1 pending\n- Travel — 1 pending$/ },
  { say: "show my lists", tasks, lists, calls: [listLists()] },
  { say: "hey, which lists are there", tasks, lists, calls: [listLists()] },

  // Making a list, and adding to it in the same message
  { say: "create a list called Reading", calls: [createList("Reading")], reply: /^Created the list “Reading”\.$/ },
  { say: "make a new list named Side projects", calls: [createList("Side projects")] },
  { say: "new list: Recipes", calls: [createList("Recipes")] },
  { say: "start a new list", calls: "none", reply: /What should the list be called\?/ },
  { say: "any tasks in work?", tasks, lists, calls: [list({ list: "work" })] },
  { say: "the party is in berlin", tasks, lists, calls: "none" },
  { say: "Create list movies", calls: [createList("Movies")] },
  { say: "create a Groceries list", tasks, lists, calls: [createList("Groceries")], reply: /^You already have a list called “Groceries”\.$/ },
  { say: "make a Groceries list and add milk and eggs to it", calls: [createList("Groceries"), add("Milk", { list: "Groceries" }), add("Eggs", { list: "Groceries" })], reply: /^Created the list “Groceries”\.\n\nAdded 2 tasks to Groceries:\n- #1 Milk\n- #2 Eggs$/ },
  { say: "start a packing list with socks, charger and passport", calls: [createList("Packing"), add("Socks", { list: "Packing" }), add("Charger", { list: "Packing" }), add("Passport", { list: "Packing" })] },
  { say: "create a list called Work and add email Bob to it", tasks, lists, calls: [createList("Work"), add("Email Bob", { list: "Work" })], reply: /already have a list called “Work”[\s\S]*Added #9 “Email Bob” to Work/ },
  { say: "create a list called Books; add dune to books", calls: [createList("Books"), add("Dune", { list: "Books" })] },

  // Moving to a list; a date after "to" is still a date
  { say: "move task 4 to travel", tasks, lists, calls: [moveTo(4, "travel")], reply: /^Moved #4 “Dentist” to Travel\.$/ },
  { say: "move the dentist to my work list", tasks, lists, calls: [moveTo(4, "work")] },
  { say: "put task 1 in the work list", tasks, lists, calls: [moveTo(1, "work")] },
  { say: "move the hotel one to inbox", tasks, lists, calls: [moveTo(7, "inbox")], reply: /to Inbox/ },
  { say: "mvoe task 2 to groceries", tasks, lists, calls: [moveTo(2, "groceries")] },
  { say: "move the dentist to travel", tasks, lists, calls: [moveTo(4, "travel")], reply: /^Moved #4 “Dentist” to Travel\.$/ },
  { say: "move the dentist to holidays", tasks, lists, calls: [], reply: /^You have no list called “holidays” — your lists are Inbox, Work, Groceries, Travel\. Say “create a list called holidays” to make it\.$/ },
  // No such list and no such task: the words were a task to add.
  { say: "move the couch to the garage", tasks, lists, calls: [add("Move the couch to the garage")] },
  { say: "move task 4 to friday", tasks, lists, calls: [setDue(4, "friday")] },
  { say: "move task 4 to narnia", tasks, lists, calls: [moveTo(4, "narnia")], reply: /no list called “narnia”/ },
  { say: "undo", tasks, lists, before: ["move task 4 to travel"], calls: [moveTo(4, "Inbox")], reply: /^Undone: #4 “Dentist” is back in Inbox\.$/ },
];
