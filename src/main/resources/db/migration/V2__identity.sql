-- Users, their roles and jurisdiction, login lockout and bearer tokens.
create table app_user (
    id              uuid primary key,
    username        text        not null unique,
    password_hash   text        not null,
    display_name    text        not null,
    person_id       uuid,
    region_code     text        not null,
    department_code text,
    roles           text[]      not null,
    enabled         boolean     not null default true,
    failed_logins   int         not null default 0,
    locked_until    timestamptz,
    created_at      timestamptz not null,
    version         int         not null default 0,
    constraint app_user_username_format check (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$')
);

-- Tokens are stored as SHA-256 hashes: a database dump does not hand out sessions.
create table auth_token (
    token_hash  char(64) primary key,
    user_id     uuid        not null references app_user (id),
    issued_at   timestamptz not null,
    expires_at  timestamptz not null,
    revoked_at  timestamptz,
    remote_address text
);
create index auth_token_user_idx on auth_token (user_id);
