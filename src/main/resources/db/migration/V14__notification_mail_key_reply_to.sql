-- A mail's correlation key: a text the sending module chooses (e.g. a meeting's invitation of one invitee), so that
-- it can ask the outbox what became of the mails it wrote for it (Mailer.reports) without reading the outbox's
-- tables. Null for mails nobody asks about.
alter table outbox_mail add column correlation_key varchar(200);
create index outbox_mail_correlation_key_idx on outbox_mail (correlation_key) where correlation_key is not null;
-- Where replies go (the Reply-To header), e.g. a meeting's organizer; null: to the sender (passerelle.mail.from).
alter table outbox_mail add column reply_to text;
