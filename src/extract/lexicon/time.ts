// Calendar and time vocabulary shared by every extractor: the one place weekday and month names
// are written, so a speaker walk, a title owner and a pledge giver all skip the same time words.

/** Day names as printed; a capitalized day is a time adverbial ("Japan Thursday pledged"), not a name. */
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** Month names as printed; "In May chairman X said" is no "May Department Stores". */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** Month names shortened as AP and Reuters print them ("Sept. 3", "Jan 12"); May, June and July are not shortened.
 * ("Sept" before "Sep", for the patterns that try the forms in order.) */
export const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** Day names lowercased, for the token lists that compare lowercased words. */
export const WEEKDAYS = WEEKDAY_NAMES.map((d) => d.toLowerCase());

/** Month names lowercased, for the token lists that compare lowercased words. */
export const MONTHS = MONTH_NAMES.map((m) => m.toLowerCase());

/** Deictic day words that date a statement: "said yesterday", "today announced". */
export const DAY_DEICTICS = ['yesterday', 'today', 'tonight', 'tomorrow'] as const;

/** Nouns that head a time phrase: "last week", "on Monday morning", "this summer". */
export const TIME_NOUNS = ['week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'weekend', ...WEEKDAYS,
  'time', 'summer', 'winter', 'spring', 'fall', 'autumn', 'day'];
