-- Warnings 预警: drafts, approvals, issued warnings with every message sent about them (CAP / GB/T 35965.1 need a
-- new identifier per message, and later messages reference earlier ones), and alerts imported from other agencies.

create table warning (
    id                 uuid primary key,
    origin             text        not null check (origin in ('DRAFTED', 'PROPOSED', 'IMPORTED')),
    owner_region       text        not null,        -- the jurisdiction that drafts, approves and issues it
    status             text        not null check (status in ('DRAFT', 'APPROVED', 'ISSUED', 'CANCELLED', 'EXPIRED', 'RECEIVED')),
    event_type         text        not null,        -- GB/T 35561-style code, e.g. 11B03 暴雨 (imported: may be blank)
    event_name         text        not null,
    colour             text check (colour in ('RED', 'ORANGE', 'YELLOW', 'BLUE')), -- null: imported, severity unknown
    headline           text        not null,
    description        text,
    instruction        text,
    region_codes       text[]      not null,        -- areas named by the drafter
    polygon            text,                        -- CAP polygon "lat,lon lat,lon ..." (first = last)
    target_regions     text[]      not null,        -- region_codes + communities the polygon touches
    area_description   text        not null,
    expires_at         timestamptz,
    audience_roles     text[]      not null,
    audience_duties    text[]      not null,
    revision           int         not null default 0,
    drafted_by         text        not null,
    authors            text[]      not null,        -- everyone who wrote or edited it: none of them may approve
    approved_by        text,
    approved_at        timestamptz,
    issued_by          text,
    issued_at          timestamptz,
    cancelled_by       text,
    cancelled_at       timestamptz,
    cancel_reason      text,
    expired_at         timestamptz,
    source             text,                        -- what proposed it (alarm:...) or the foreign sender
    sender_name        text,
    cap_xml            text,                        -- imported: the message as received
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    version            int         not null default 0,
    constraint warning_four_eyes check (approved_by is null or not (approved_by = any(authors)))
);
create index warning_status_idx on warning (status, expires_at);
create index warning_owner_idx on warning (owner_region, status);
create index warning_target_idx on warning using gin (target_regions);
create unique index warning_open_proposal_idx on warning (source) where origin = 'PROPOSED' and status = 'DRAFT';

create table warning_message (
    warning_id  uuid        not null references warning (id),
    revision    int         not null,
    msg_type    text        not null check (msg_type in ('Alert', 'Update', 'Cancel')),
    identifier  text        not null,
    sender      text        not null,
    sent_at     timestamptz not null,
    primary key (warning_id, revision)
);
-- CAP: sender + identifier name one message worldwide; importing the same message twice finds the first.
create unique index warning_message_identity_idx on warning_message (sender, identifier);
