-- Which directory person an account is, linked explicitly by a coordinator or an administrator. It used to be
-- inferred from a matching e-mail, which members may edit: no account is linked by this migration, so that a
-- borrowed e-mail is not made permanent. One account per person at most.
alter table user_account add column person_id bigint references person (id);
alter table user_account add constraint user_account_person_unique unique (person_id);
