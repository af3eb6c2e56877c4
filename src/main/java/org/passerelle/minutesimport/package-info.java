/**
 * Import of minutes (compte-rendu): a coordinator pastes or uploads minutes (.txt, .docx, .pdf), Passerelle proposes
 * a meeting (header, attendance, sections, each organization and person looked up in the directory), the coordinator
 * corrects the proposal and confirms it into a meeting, or discards it. Pages under {@code /meetings/import} and
 * {@code /meetings/imports/{id}}, the API under {@code /api/v1/meeting-imports}; pending proposals are kept as JSON in
 * the {@code meeting_import} table (V7) until confirmed or discarded.
 * <p>
 * The pipeline, pure (nothing stored, no exception: every input gives an {@link ImportProposal} or an
 * {@link ImportFailure} with a message key):
 * <ul>
 * <li>{@code extraction}: the text of the upload, its kind told by its content (txt in its encodings, .docx, PDF),
 * within a memory budget ({@code ReadBudget}): a crafted file is refused with its reason, never an
 * {@code OutOfMemoryError};</li>
 * <li>{@code parsing}: the text into a {@code MinutesProposal} (header, attendance lists and sentences, numbered
 * sections, names, hyphenation), with warnings for what it was unsure of;</li>
 * <li>{@code matching}: every organization and person of the proposal looked up in the directory.</li>
 * </ul>
 * {@link MinutesImporter} runs the three; the results and their messages ({@link ImportError},
 * {@link ImportWarning}, {@link ImportMessageCatalog}) are in this package, shared by the stages.
 * <p>
 * Public API, for the demo data: {@link MeetingImportManagement} ({@code Pending proposeText(long groupId, String
 * text, String createdBy)}, {@code get(UUID)}, {@code update(UUID, MeetingImportDraft)}, {@code MeetingView
 * confirm(UUID, MeetingImportDraft, Visibility)} in one transaction (a second confirm throws {@code AlreadyDecided},
 * never a second meeting), {@code discard(UUID)}) and {@link MeetingImportDraft}, the editable proposal. A confirmed
 * import becomes a meeting only through the meeting module's published API ({@code MeetingManagement} and its forms,
 * {@code MinutesWorkflow} of {@code meeting :: minutes} for the sections) and the directory's ({@code Directory},
 * {@code PeopleDirectory}) for the organizations and people marked new: the meeting module does not know this
 * one. Who may import: {@code ImportPermissions} (coordinators and administrators).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Minutes import",
		allowedDependencies = { "meeting", "meeting :: minutes", "directory", "group", "shared", "shared :: web",
				"shared :: security" })
package org.passerelle.minutesimport;
