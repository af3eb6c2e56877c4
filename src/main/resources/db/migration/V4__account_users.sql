create table user_account (
    id              bigserial primary key,
    version         bigint       not null default 0,
    email           varchar(200) not null,
    password_hash   varchar(200) not null,
    display_name    varchar(200) not null,
    role            varchar(20)  not null check (role in ('ADMIN', 'COORDINATOR', 'MEMBER', 'VISITOR')),
    organization_id bigint       references organization (id),
    enabled         boolean      not null default true,
    created_at      timestamptz  not null default now(),
    constraint user_account_member_has_organization check (role <> 'MEMBER' or organization_id is not null)
);
create unique index user_account_email_idx on user_account (lower(email));
