/**
 * Files of a meeting (slides, PDF), kept in PostgreSQL: {@link org.passerelle.meeting.attachment.AttachmentManagement}
 * stores them after checking their size and their kind read from the content
 * ({@link org.passerelle.meeting.attachment.AttachmentType}); coordinators upload and delete them on the meeting
 * page, whoever may read the meeting downloads them. {@code UploadSizeFilter} turns an oversized upload into the
 * page's message before its body is read. Used only inside the meeting module.
 */
package org.passerelle.meeting.attachment;
