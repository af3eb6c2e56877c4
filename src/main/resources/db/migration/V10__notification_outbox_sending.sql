-- A mail is claimed (SENDING, committed) before the SMTP conversation and marked SENT or FAILED after it, so the
-- conversation holds no lock and no open transaction. SENDING for longer than passerelle.mail.sending-timeout
-- means the application stopped between the two: the mail may or may not have left, so it becomes UNCERTAIN and
-- is never sent again automatically (the outbox page asks to check; "send again" is a person's decision).
-- last_attempt_at is the time of the claim.
alter table outbox_mail drop constraint outbox_mail_status_check;
alter table outbox_mail add constraint outbox_mail_status_check
    check (status in ('QUEUED', 'SENDING', 'SENT', 'FAILED', 'UNCERTAIN', 'HELD'));
create index outbox_mail_sending_idx on outbox_mail (last_attempt_at) where status = 'SENDING';
