-- Requests for an account sent by newcomers through the public form; a coordinator accepts (making the account) or
-- declines each.
create table account_request (
    id           bigserial primary key,
    version      bigint        not null default 0,
    name         varchar(200)  not null,
    email        varchar(200)  not null,
    organization varchar(200)  not null,
    message      varchar(2000),
    language     varchar(2)    not null check (language in ('fr', 'ko', 'en')),
    status       varchar(20)   not null default 'PENDING' check (status in ('PENDING', 'ACCEPTED', 'DECLINED')),
    created_at   timestamptz   not null,
    decided_at   timestamptz,
    -- who decided (an account id; not a foreign key, so that the record outlives the account)
    decided_by   bigint,
    account_id   bigint        references user_account (id)
);
create index account_request_status_idx on account_request (status, created_at);

-- Links that let someone set a password without knowing the current one (forgotten, or a new account): only a hash
-- of the token is kept, so a copy of the database cannot be used to take an account over.
create table password_reset (
    id          bigserial primary key,
    account_id  bigint      not null references user_account (id),
    token_hash  varchar(64) not null unique,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz
);
create index password_reset_account_idx on password_reset (account_id);
