// Task titles for bench/api's search case: everyday tasks from a fixed vocabulary (a verb, a thing,
// sometimes a when or a who), a description on one in four, the same every run (seeded).
const VERBS = "Call Email Buy Book Fix Review Plan Write Clean Pay Schedule Renew Prepare Order Return Update Check Cancel Send Organise Read Finish Start Draft Sort Print Sign Submit Research Compare Collect Water Wash Paint Repair Install Test".split(" ");
const THINGS = `groceries|mom|dad|grandma|the plumber|the electrician|car insurance|dentist appointment|flights to Lisbon|quarterly report|birthday present|gym membership|electricity bill|meeting notes|garden hose|passport|library books|tax return|kitchen sink|laptop charger|school forms|vet visit|conference talk|blog post|landlord|bank statement|running shoes|wedding RSVP|printer ink|budget spreadsheet|holiday photos|client invoice|project proposal|bike tyres|winter coats|recycling|the garage|photo album|thank-you cards|phone contract|parking permit|prescription|contact lenses|hair appointment|piano lesson|football kit|lunch boxes|plant pots|fridge|bathroom tiles|roof gutters|smoke alarm|spare keys|office chair|monitor stand|keyboard|headphones|backup drive|router password|newsletter|podcast episode|slide deck|job application|references|cover letter|interview notes|onboarding checklist|sprint retro|release notes|bug report|design review|user interviews|analytics dashboard|expense report|travel itinerary|hotel booking|train tickets|visa forms|museum tickets|concert tickets|restaurant booking|anniversary dinner|flowers|babysitter|swimming lessons|homework|science project|party invitations|birthday cake|camping gear|hiking boots|first aid kit|sunscreen|dog food|cat litter|aquarium filter|lawn mower|hedge trimmer|compost|tomato plants|firewood|chimney|boiler service|thermostat|insulation|curtains|sofa|bookshelf|desk lamp`.split("|");
const TAILS = ["", "", "", " today", " tomorrow", " before Friday", " for Sam", " next week", " again", " with Alex", " (urgent)", " this weekend", " after work", " on Monday", " for the trip", " before the deadline"];
const NOTES = ["Remember to bring the receipt", "Ask about the discount", "Check the calendar first", "Call back if no answer", "Notes from last time are in the drive", "Compare three offers before deciding", "Use the blue folder", "Budget is 200 at most", "Ask Alex for the login", "See the email from Tuesday"];

/** `count` tasks as {title, description}, deterministic. */
export function benchTasks(count, seed = 7) {
  let state = seed;
  const pick = (items) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return items[state % items.length];
  };
  return Array.from({ length: count }, () => {
    const title = `${pick(VERBS)} ${pick(THINGS)}${pick(TAILS)}`;
    return { title, description: pick([0, 1, 2, 3]) === 0 ? pick(NOTES) : "" };
  });
}
