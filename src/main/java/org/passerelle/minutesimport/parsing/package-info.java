/**
 * The text of minutes read into a {@link org.passerelle.minutesimport.parsing.MinutesProposal}, without the
 * database: {@link org.passerelle.minutesimport.parsing.MinutesParser} splits the header
 * ({@code HeaderReader}: title, date, times, place or videoconference), the attendance (lists by organization in
 * {@code AttendanceReader}, sentences in {@code ProseAttendance}, people's names in {@code PersonNames}) and the
 * numbered sections ({@code SectionReader}), after joining the words a PDF hyphenated at line ends
 * ({@code Dehyphenator}). {@link org.passerelle.minutesimport.parsing.Names} folds names for comparison, here and in
 * the matching.
 */
package org.passerelle.minutesimport.parsing;
