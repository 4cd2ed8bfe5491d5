-- API keys for machine clients (video-analytics gateways, sensing systems): stored as SHA-256 hashes, bound to a
-- region like a user's jurisdiction, revocable.
create table api_key (
    id          uuid primary key,
    name        text        not null unique,
    key_hash    char(64)    not null unique,
    key_prefix  text        not null,
    region_code text        not null,
    created_by  text        not null,
    created_at  timestamptz not null,
    revoked_at  timestamptz,
    last_used_at timestamptz,
    constraint api_key_name_format check (name ~ '^[a-z0-9][a-z0-9._-]{2,63}$')
);
