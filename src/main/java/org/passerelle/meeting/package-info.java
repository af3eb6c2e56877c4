/**
 * Meetings of a country group (회의): times in the group's zones (Paris and Seoul, the reader's first), the agenda,
 * invitations and replies, the attendance list with each person's title as written, the minutes (sections in
 * sanitized Markdown, decisions) with their workflow DRAFT → REVIEW → PUBLISHED and their published revisions,
 * action items owned by organizations, and attachments. Contributes the open action items to the organization page
 * ({@code OrganizationPanel}) and the next meetings and open items to the group's home page
 * ({@code GroupHomeSection}).
 * <p>
 * Where things are. This base package holds the meeting itself: the aggregate (agenda, invitations, attendance),
 * {@link org.passerelle.meeting.MeetingManagement}, the meeting pages and API, the module's rules of who may read
 * and do what ({@link org.passerelle.meeting.MeetingViewer}, built by {@code MeetingAccess}), the group's zones
 * ({@link org.passerelle.meeting.MeetingTimes}, {@link org.passerelle.meeting.MeetingTimeFormat}), the events and
 * the invitees' mails ({@code MeetingMailer}). Each part of a meeting has its sub-package, with its aggregate,
 * service, pages and API:
 * <ul>
 * <li>{@code minutes}: the working copy, the workflow, comments and revisions
 * ({@link org.passerelle.meeting.minutes.MinutesWorkflow});</li>
 * <li>{@code actionitem}: action items and the organization page's panel
 * ({@link org.passerelle.meeting.actionitem.ActionItemManagement});</li>
 * <li>{@code attachment}: files of a meeting ({@link org.passerelle.meeting.attachment.AttachmentManagement});</li>
 * <li>{@code document}: the calendar files and the minutes PDF.</li>
 * </ul>
 * Sub-packages use each other's and this package's public types; other modules only this package's and those of
 * the sub-packages published as named interfaces, {@code meeting :: minutes} and {@code meeting :: actionitem}.
 * <p>
 * Public API, for the minutes import, the demo data and the other modules' pages:
 * <ul>
 * <li>{@link org.passerelle.meeting.MeetingManagement}: {@code MeetingView create(MeetingForm)},
 * {@code MeetingView update(long id, MeetingForm)}, {@code void archive(long id)},
 * {@code Optional<MeetingView> find(long id)}, {@code MeetingView view(long id)} (404 when unknown),
 * {@code MeetingView replaceAgenda(long meetingId, AgendaForm)},
 * {@code MeetingView replaceInvitations(long meetingId, InvitationsForm)},
 * {@code MeetingView reply(long meetingId, ReplyForm, PasserelleUser by)} (on the invitation's row alone),
 * {@code MeetingView replaceAttendance(long meetingId, AttendanceListForm)} (each form carries the version of its
 * list as read, and a program filling in a meeting it has just created the versions {@code create} returned; a
 * stale one throws {@code OptimisticLockingFailureException}, 409),
 * {@code Page<MeetingSummary> search(MeetingFilter, MeetingViewer, Pageable)},
 * {@code Map<Long, MeetingSummary> summariesById(Collection<Long>)}.</li>
 * <li>{@code meeting :: minutes}, {@link org.passerelle.meeting.minutes.MinutesWorkflow}:
 * {@code MinutesView minutes(long meetingId)},
 * {@code MinutesView replaceMinutesSections(long meetingId, SectionsForm)},
 * {@code MinutesView replaceDecisions(long meetingId, DecisionsForm)} (versions as for the meeting's lists),
 * {@code submitForReview}, {@code returnToDraft},
 * {@code publish(long meetingId, String note, PasserelleUser by)},
 * {@code amend(long meetingId, String note, PasserelleUser by)}, {@code revisions},
 * {@code revision(long meetingId, int number)}, {@code latest},
 * {@code comment(long meetingId, String body, PasserelleUser author)}, {@code comments}; {@link org.passerelle.meeting.minutes.MinutesMarkdown#toSafeHtml(String)} (the stored HTML is
 * also well-formed XHTML).</li>
 * <li>{@code meeting :: actionitem}, {@link org.passerelle.meeting.actionitem.ActionItemManagement}:
 * {@code ActionItemView create(ActionItemForm)}, {@code update(long id, ActionItemForm)},
 * {@code changeStatus(long id, ActionItemStatus, Long version)}, {@code find}, {@code ofMeeting}, {@code openOf},
 * {@code openInGroup}, {@code search}.</li>
 * <li>{@link org.passerelle.meeting.MeetingTimes} (the group's zones in the reader's order) and
 * {@link org.passerelle.meeting.MeetingTimeFormat}; {@link org.passerelle.meeting.ParticipantLookup} (the
 * organizations and people a meeting form chooses from, for the import's review page).</li>
 * <li>{@link org.passerelle.meeting.MeetingEvent}: published inside {@code MeetingManagement}'s transaction when
 * invitations are added, when the time, zone, format, address or link change, and when a meeting is archived;
 * {@code MeetingMailer} turns them into mails to the invitees (through {@code notification.Mailer}).</li>
 * </ul>
 * Forms are records validated with Jakarta constraints, the same for pages and API; rules that need the database
 * throw {@code InvalidFieldException} naming the field ({@code lines[3].personId}). Times: {@code MeetingForm} takes
 * wall-clock {@code LocalDateTime}s and the organizer's {@code ZoneId}; storage is instants. Who may do what is
 * checked by the controllers with {@link org.passerelle.meeting.MeetingViewer} (whose person is the account's
 * explicit link, never an e-mail); the services check the data and the workflow, and take the acting user as an
 * argument (the controllers resolve it at the web boundary). Concurrent changes of a meeting and its minutes:
 * {@link org.passerelle.meeting.MeetingLock}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meetings",
		allowedDependencies = { "directory", "group", "notification", "shared", "shared :: web", "shared :: security" })
package org.passerelle.meeting;
