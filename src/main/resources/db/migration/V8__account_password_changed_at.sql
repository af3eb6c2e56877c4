-- When the password was last set after the account's creation: a session signed in before that no longer counts.
alter table user_account add column password_changed_at timestamptz;
