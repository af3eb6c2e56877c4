/**
 * Meetings of a country group (회의): times in the group's zones (Paris and Seoul, the reader's first), the agenda,
 * invitations and replies, the attendance list with each person's title as written, the minutes (sections in
 * sanitized Markdown, decisions) with their workflow DRAFT → REVIEW → PUBLISHED and their published revisions,
 * action items owned by organizations, and attachments. Contributes the open action items to the organization page
 * ({@code OrganizationPanel}) and to the group's home page ({@code GroupHomeSection}).
 * <p>
 * Public API, for the minutes import ({@code minutesimport}, which confirms its proposals through
 * {@code MeetingManagement}), the PDF and calendar documents and the notifications:
 * <ul>
 * <li>{@link org.passerelle.meeting.MeetingManagement}: {@code MeetingView create(MeetingForm)},
 * {@code MeetingView update(long id, MeetingForm)}, {@code void archive(long id)},
 * {@code Optional<MeetingView> find(long id)}, {@code MeetingView replaceAgenda(long meetingId, AgendaForm)},
 * {@code MeetingView replaceInvitations(long meetingId, InvitationsForm)},
 * {@code MeetingView reply(long meetingId, ReplyForm, PasserelleUser by)} (on the invitation's row alone),
 * {@code MeetingView replaceAttendance(long meetingId, AttendanceListForm)},
 * {@code MinutesView minutes(long meetingId)},
 * {@code MinutesView replaceMinutesSections(long meetingId, SectionsForm)},
 * {@code MinutesView replaceDecisions(long meetingId, DecisionsForm)} (each form carries the version of its list
 * as read; a stale one throws {@code OptimisticLockingFailureException}, 409; the same methods with a bare
 * {@code List} of rows, without a version, are for programs filling in a meeting they have just created),
 * {@code Page<MeetingSummary> search(MeetingFilter, MeetingViewer, Pageable)},
 * {@code Map<Long, MeetingSummary> summariesById(Collection<Long>)}.</li>
 * <li>{@link org.passerelle.meeting.MinutesWorkflow}: {@code submitForReview}, {@code returnToDraft},
 * {@code publish(long meetingId, String note, PasserelleUser by)}, {@code amend(long meetingId, String note,
 * PasserelleUser by)}, {@code revisions}, {@code revision(long meetingId, int number)}, {@code latest},
 * {@code comment(long meetingId, String body, PasserelleUser author)}, {@code comments}.</li>
 * <li>{@link org.passerelle.meeting.ActionItems}: {@code ActionItemView create(ActionItemForm)},
 * {@code update(long id, ActionItemForm)}, {@code changeStatus(long id, ActionItemStatus, Long version)},
 * {@code find}, {@code ofMeeting}, {@code openOf}, {@code openInGroup}, {@code search}.</li>
 * <li>{@link org.passerelle.meeting.MeetingAttachments}: {@code store(long meetingId, String name, byte[],
 * PasserelleUser by)},
 * {@code ofMeeting}, {@code content}, {@code delete}.</li>
 * <li>{@link org.passerelle.meeting.MeetingTimeFormat#format(java.time.Instant, java.time.Instant, java.util.Locale, java.util.List)}
 * and {@link org.passerelle.meeting.MeetingTimes} (the group's zones in the reader's order);
 * {@link org.passerelle.meeting.MinutesMarkdown#toSafeHtml(String)} (the stored HTML is also well-formed XHTML).</li>
 * <li>{@link org.passerelle.meeting.MeetingEvents}: published inside {@code MeetingManagement}'s transaction when
 * invitations are added, when the time, zone, format, address or link change, and when a meeting is archived;
 * {@code MeetingMails} turns them into mails to the invitees (through {@code notification.Mailer}).</li>
 * </ul>
 * Forms are records validated with Jakarta constraints, the same for pages and API; rules that need the database
 * throw {@code InvalidFieldException} naming the field ({@code lines[3].personId}). Times: {@code MeetingForm} takes
 * wall-clock {@code LocalDateTime}s and the organizer's {@code ZoneId}; storage is instants. Who may do what is
 * checked by the controllers with {@link org.passerelle.meeting.MeetingViewer} (whose person is the account's
 * explicit link, never an e-mail); the services check the data and the workflow, and take the acting user as an
 * argument (the controllers resolve it at the web boundary).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meetings",
		allowedDependencies = { "directory", "group", "notification", "shared", "shared :: web", "shared :: security" })
package org.passerelle.meeting;
