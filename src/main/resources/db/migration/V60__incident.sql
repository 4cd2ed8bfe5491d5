-- Incidents 突发事件 and everything the command board shows about them.
create table incident (
    id             uuid primary key,
    code           text        not null unique,
    title          text        not null,
    type_code      text        not null,
    category       text        not null,
    level          text        not null check (level in ('I', 'II', 'III', 'IV')),
    status         text        not null check (status in ('REPORTED', 'RESPONDING', 'RECOVERING', 'CLOSED')),
    latitude       double precision not null,
    longitude      double precision not null,
    district_code  text        not null,
    street_code    text,
    area_codes     text[]      not null default '{}',
    polygon        text,
    lead_department text       not null,
    origin_kind    text,
    origin_id      text,
    reported_at    timestamptz not null,
    created_by     text        not null,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    version        int         not null default 0
);
create index incident_district on incident (district_code, status);

-- Information reports 信息报送: 首报 FIRST, 续报 FOLLOW_UP, 终报 FINAL; never updated, the latest is the picture.
create table incident_report (
    id           uuid primary key,
    incident_id  uuid        not null references incident (id),
    seq          int         not null,
    kind         text        not null check (kind in ('FIRST', 'FOLLOW_UP', 'FINAL')),
    deaths       int         not null,
    injured      int         not null,
    missing      int         not null,
    trapped      int         not null,
    evacuated    int         not null,
    direct_loss  numeric(16, 2) not null,
    summary      text        not null,
    reported_by  text        not null,
    reported_at  timestamptz not null,
    unique (incident_id, seq)
);
create unique index incident_report_one_first on incident_report (incident_id) where kind = 'FIRST';
create unique index incident_report_one_final on incident_report (incident_id) where kind = 'FINAL';

-- Plan activations 一键调度: the plan version an incident runs on, at a response level; drills marked.
create table incident_activation (
    id              uuid primary key,
    incident_id     uuid        not null references incident (id),
    number          int         not null,
    plan_id         uuid        not null,
    plan_version_id uuid        not null,
    plan_name       text        not null,
    version_number  int         not null,
    scenario_code   text        not null,
    scenario_name   text        not null,
    level           text        not null check (level in ('I', 'II', 'III', 'IV')),
    drill           boolean     not null,
    status          text        not null check (status in ('ACTIVE', 'ENDED')),
    idempotency_key text,
    activated_by    text        not null,
    activated_at    timestamptz not null,
    unique (incident_id, number),
    unique (incident_id, idempotency_key)
);

create table incident_task (
    id              uuid primary key,
    incident_id     uuid        not null references incident (id),
    activation_id   uuid        not null references incident_activation (id),
    task_key        text        not null,
    unit_code       text        not null,
    unit_name       text        not null,
    title           text        not null,
    detail          text        not null,
    level           text,
    resources       text[]      not null default '{}',
    audience        int         not null default 0,
    deadline_at     timestamptz not null,
    status          text        not null check (status in ('ASSIGNED', 'ACKNOWLEDGED', 'IN_PROGRESS', 'DONE', 'BLOCKED', 'CANCELLED')),
    blocked_reason  text,
    command_id      uuid,
    drill           boolean     not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    updated_by      text,
    unique (activation_id, task_key)
);
create index incident_task_incident on incident_task (incident_id);
create index incident_task_command on incident_task (command_id);

-- The timeline of everything; any module's event can add an entry through one listener in this module.
create table incident_timeline (
    id           bigserial primary key,
    incident_id  uuid        not null references incident (id),
    at           timestamptz not null,
    kind         text        not null,
    summary      text        not null,
    actor        text        not null
);
create index incident_timeline_incident on incident_timeline (incident_id, id);

-- 会商 consultations and the decisions log.
create table incident_consultation (
    id           uuid primary key,
    incident_id  uuid        not null references incident (id),
    at           timestamptz not null,
    topic        text        not null,
    participants text[]      not null,
    conclusions  text        not null,
    recorded_by  text        not null
);
create table incident_decision (
    id           uuid primary key,
    incident_id  uuid        not null references incident (id),
    at           timestamptz not null,
    decision     text        not null,
    decided_by   text        not null
);
