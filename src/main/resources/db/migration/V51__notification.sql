-- Notification: what is sent (a warning revision or a response command), one row per (subject, person, kind) with
-- its delivery through the channels, acknowledgement and escalation; contact points beyond the phone number; and
-- channel settings an administrator can change without a restart.

create table notification_subject (
    id                 uuid primary key,           -- the warning's id, or the command's
    kind               text        not null check (kind in ('WARNING', 'COMMAND')),
    revision           int         not null,
    title              text        not null,
    body               text        not null,
    owner_region       text        not null,
    reference          text,                       -- commands: the sender's idempotency reference
    ack_within_seconds int,                        -- null: no acknowledgement asked
    active             boolean     not null default true,
    created_by         text        not null,
    created_at         timestamptz not null,
    updated_at         timestamptz not null
);
create unique index notification_subject_reference_idx on notification_subject (reference) where reference is not null;

create table notification (
    id              uuid primary key,
    subject_id      uuid        not null references notification_subject (id),
    kind            text        not null check (kind in ('NOTICE', 'ESCALATION')),
    person_id       uuid        not null,
    revision        int         not null,
    district_code   text,
    street_code     text,
    role            text        not null,
    duty            text,
    responsible_for text,
    body            text,                          -- escalations carry their own text; notices use the subject's
    channels        text[]      not null,          -- external channels to try, in order (in-app is always used)
    channel_index   int         not null default 0,
    attempts        int         not null default 0,
    next_attempt_at timestamptz,                   -- null: nothing more to send
    channel         text,                          -- the channel that took it
    last_error      text,
    created_at      timestamptz not null,
    sent_at         timestamptz,
    delivered_at    timestamptz,
    failed_at       timestamptz,
    acknowledged_at timestamptz,
    acknowledge_by  timestamptz,                   -- escalate when not acknowledged by then
    escalated_at    timestamptz,
    -- one notice per warning and person, whatever is retried; revisions update the row
    constraint notification_once unique (subject_id, person_id, kind)
);
create index notification_person_idx on notification (person_id, created_at desc);
create index notification_due_idx on notification (next_attempt_at) where next_attempt_at is not null;
create index notification_ack_due_idx on notification (acknowledge_by)
    where acknowledged_at is null and escalated_at is null and acknowledge_by is not null;

create table notification_contact (
    person_id  uuid        not null,
    channel    text        not null check (channel in ('EMAIL', 'WEBHOOK')),
    address    text        not null,
    updated_at timestamptz not null,
    primary key (person_id, channel)
);

create table notification_channel (
    channel    text primary key check (channel in ('SMS', 'EMAIL', 'WEBHOOK')),
    enabled    boolean     not null,
    settings   text        not null,               -- JSON without secrets (they stay in configuration)
    updated_by text        not null,
    updated_at timestamptz not null
);
