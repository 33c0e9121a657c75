// Forms of address shared by entity resolution, roles and the name filters: the one place the
// courtesy titles are written, so "Mr", "Dr." and "Lady" mean a person everywhere.

/** Courtesy titles before a person's name, with and without their period: "Mr. Smith", "Dame Judi". */
export const COURTESY_TITLES = ['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'professor', 'sir', 'dame', 'lady', 'lord'] as const;
