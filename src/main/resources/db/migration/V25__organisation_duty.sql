-- Duty rosters 值班表 of the 1+11+N command centres and their handover log 交接班.

create table duty_shift (
    id          uuid primary key,
    centre_code text not null references command_centre (code),
    position    text not null check (position in ('LEADER', 'OFFICER', 'ASSISTANT')),
    person_id   uuid not null references person (id),
    starts_at   timestamptz not null,
    ends_at     timestamptz not null,
    created_by  text not null,
    created_at  timestamptz not null,
    check (ends_at > starts_at),
    check (ends_at - starts_at <= interval '72 hours')
);
create index duty_shift_centre_time_idx on duty_shift (centre_code, starts_at, ends_at);
create index duty_shift_time_idx on duty_shift (starts_at, ends_at);
create index duty_shift_person_idx on duty_shift (person_id);

create table duty_handover (
    id              uuid primary key,
    centre_code     text not null references command_centre (code),
    outgoing_person uuid not null references person (id),
    incoming_person uuid not null references person (id),
    notes           text not null,
    open_items      text[] not null default '{}',
    handed_over_at  timestamptz not null,
    recorded_by     text not null,
    check (outgoing_person <> incoming_person)
);
create index duty_handover_centre_idx on duty_handover (centre_code, handed_over_at desc);
