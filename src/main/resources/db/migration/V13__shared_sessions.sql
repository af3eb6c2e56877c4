-- Sessions of signed-in users (and of visitors who opened a form: its CSRF token), kept in the database by Spring
-- Session JDBC so that every instance on this database knows them: behind a load balancer, a user signed in through
-- one instance is signed in on all. Spring Session's own schema script is not run
-- (spring.session.jdbc.initialize-schema=never): these are its tables, columns, keys and indexes for PostgreSQL
-- (schema-postgresql.sql of spring-session-jdbc), except that principal_name holds an account's whole e-mail
-- (user_account.email, up to 200 characters; Spring Session's script has 100).
-- Times are milliseconds since the epoch, as Spring Session writes them. Expired sessions are deleted by Spring
-- Session's clean-up (every minute, on each instance). Left out of the data-change triggers (afterMigrate.sql): a
-- session changes on every signed-in request and no page shows it.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(200),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);
