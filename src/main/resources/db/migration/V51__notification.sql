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
    -- the delivery workers' lease on this subject's first delivery; a poller takes over the unsent notices when it
    -- runs out (a crashed instance); null once every notice has had its first attempt
    handover_until     timestamptz,
    -- when the earliest unacknowledged, unescalated notice falls due; null: nothing to escalate
    escalate_at        timestamptz,
    created_by         text        not null,
    created_at         timestamptz not null,
    updated_at         timestamptz not null
);
create unique index notification_subject_reference_idx on notification_subject (reference) where reference is not null;
create index notification_subject_handover_idx on notification_subject (handover_until) where handover_until is not null;
create index notification_subject_escalate_idx on notification_subject (escalate_at) where escalate_at is not null;

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
    next_attempt_at timestamptz,                   -- a retry (or a lease) is due then; null: first attempt or done
    channel         text,                          -- the channel that took it
    last_error      text,
    created_at      timestamptz not null,
    sent_at         timestamptz,
    delivered_at    timestamptz,
    failed_at       timestamptz,
    acknowledged_at timestamptz,
    acknowledge_by  timestamptz,                   -- escalate when not acknowledged by then (found through the subject)
    escalated_at    timestamptz,
    -- one notice per warning and person, whatever is retried; revisions update the row
    constraint notification_once unique (subject_id, person_id, kind)
);
-- Three indexes on the fan-out's insert path (id, once, person). First deliveries and escalations are found through
-- the subject (handover_until, escalate_at) and the (subject_id, …) index; only retries enter the due index.
create index notification_person_idx on notification (person_id, created_at desc);
create index notification_due_idx on notification (next_attempt_at) where next_attempt_at is not null;

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
