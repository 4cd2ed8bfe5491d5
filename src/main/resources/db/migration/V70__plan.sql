-- Structured contingency plans 预案: a plan (city, district or enterprise level) and its versions. A version's content
-- (duty list 职责清单, scenarios 情景 with trigger conditions, task measures 任务措施) is one JSON document: it is
-- read and diffed as a whole and never queried field by field.
create table plan (
    id           uuid primary key,
    code         text        not null unique,
    name         text        not null,
    level        text        not null check (level in ('CITY', 'DISTRICT', 'ENTERPRISE')),
    region_code  text        not null,
    category     text        not null,
    created_by   text        not null,
    created_at   timestamptz not null
);

-- Which plans a plan sits under or calls on (a district plan under the city plan); cycles are refused.
create table plan_reference (
    plan_id       uuid not null references plan (id),
    referenced_id uuid not null references plan (id),
    primary key (plan_id, referenced_id)
);

create table plan_version (
    id            uuid primary key,
    plan_id       uuid        not null references plan (id),
    number        int         not null,
    status        text        not null check (status in ('DRAFT', 'REVIEW', 'PUBLISHED', 'SUPERSEDED')),
    content       jsonb       not null,
    reason        text        not null,
    origin_kind   text,
    origin_id     text,
    author        text        not null,
    editors       text[]      not null default '{}',
    submitted_by  text,
    approved_by   text,
    approved_at   timestamptz,
    published_at  timestamptz,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    unique (plan_id, number)
);
-- At most one version of a plan being worked on (draft or in review) and one in force.
create unique index plan_version_open on plan_version (plan_id) where status in ('DRAFT', 'REVIEW');
create unique index plan_version_published on plan_version (plan_id) where status = 'PUBLISHED';

-- Live conditions for scenario matching: the monitoring alarms active now, fed by AlarmRaised / AlarmCleared.
create table plan_live_alarm (
    alarm_id      uuid primary key,
    type          text        not null,
    rule_code     text,
    district_code text,
    object_code   text,
    raised_at     timestamptz not null
);
