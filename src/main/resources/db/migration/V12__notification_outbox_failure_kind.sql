-- What went wrong with a mail, recorded apart from its technical detail so that /outbox explains it in the
-- reader's language (messages notification.outbox.failure.*): last_error keeps only the detail (the SMTP
-- server's reply, the exception text), which cannot be translated and is shown as it is.
-- SEND_FAILED: the mail server did not take it (retried while attempts remain); PARTLY_DELIVERED: some recipients
-- got it, never sent again by itself; UNUSABLE_RECIPIENT: an address the mail server cannot use; NOT_BUILT: it
-- cannot be sent as it is stored for another reason (a broken attachment); ATTACHMENT_NOT_WRITTEN: its attachment
-- (a calendar file) could not be written.
-- Rows written before this migration keep failure_kind null: their last_error may still start with an English
-- explanation of ours; it stays as it is and the page shows it as the detail only.
alter table outbox_mail add column failure_kind varchar(30)
    constraint outbox_mail_failure_kind_check
    check (failure_kind in ('SEND_FAILED', 'PARTLY_DELIVERED', 'UNUSABLE_RECIPIENT', 'NOT_BUILT',
                            'ATTACHMENT_NOT_WRITTEN'));
