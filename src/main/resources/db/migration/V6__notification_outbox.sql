-- Every e-mail Passerelle sends, written in the sender's transaction and sent after it commits.
create table outbox_mail (
    id              bigserial    primary key,
    created_at      timestamptz  not null default now(),
    recipients      text[]       not null check (cardinality(recipients) > 0),
    subject         text         not null,
    text_body       text         not null,
    html_body       text,
    -- QUEUED: to send; SENT: accepted by the SMTP server; FAILED: last attempt failed (retried while attempts
    -- remain); HELD: kept here because no SMTP server is configured
    status          varchar(10)  not null check (status in ('QUEUED', 'SENT', 'FAILED', 'HELD')),
    attempts        integer      not null default 0 check (attempts >= 0),
    last_error      text,
    last_attempt_at timestamptz,
    next_attempt_at timestamptz,
    sent_at         timestamptz,
    constraint outbox_mail_sent_has_date check (status <> 'SENT' or sent_at is not null)
);
create index outbox_mail_created_idx on outbox_mail (created_at desc, id desc);
create index outbox_mail_due_idx on outbox_mail (status, next_attempt_at) where status in ('QUEUED', 'FAILED');

create table outbox_attachment (
    mail_id      bigint       not null references outbox_mail (id) on delete cascade,
    position     integer      not null check (position >= 0),
    file_name    varchar(255) not null,
    content_type varchar(255) not null,
    content      bytea        not null,
    primary key (mail_id, position)
);
