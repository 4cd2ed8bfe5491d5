-- Enforcement (违法—监督): inspection plans and due inspections, inspection records with checklist results, findings
-- and photos, enforcement cases under one case code 一案一码 with their steps, evidence, consultations and decisions,
-- and accident investigations. Deadlines and checklists are data.

-- Per district and year counters for the human-readable numbers (JC-, AJ-, ZF-, SG-): one upsert hands out the next.
create table enforcement_counter (
    kind          text not null,
    district_code text not null,
    year          int  not null,
    last_value    int  not null,
    primary key (kind, district_code, year)
);

-- How often an enterprise of a risk level is inspected (months), e.g. red monthly, blue yearly.
create table inspection_frequency (
    risk_level text primary key check (risk_level in ('RED', 'ORANGE', 'YELLOW', 'BLUE')),
    months     int  not null check (months between 1 and 36)
);
insert into inspection_frequency values ('RED', 1), ('ORANGE', 3), ('YELLOW', 6), ('BLUE', 12);

-- Checklists as data: a general list for every enterprise, and lists for industries (GB/T 4754 division prefix) or
-- key categories. An enterprise's checklist is the general list plus every list that applies to it.
create table inspection_checklist (
    code              text primary key,
    name              text not null,
    industry_prefix   text,
    key_category      text,
    sort_order        int  not null default 0
);

create table inspection_checklist_item (
    code           text primary key,
    checklist_code text not null references inspection_checklist (code),
    item_no        int  not null,
    text           text not null,
    legal_basis    text
);

create table inspection_plan (
    id               uuid primary key,
    name             text        not null,
    region_code      text        not null,
    department_code  text,
    industry_prefix  text,
    key_category     text,
    risk_levels      text[]      not null,
    inspectors       text[]      not null default '{}',
    starts_on        date        not null,
    created_by       text        not null,
    created_at       timestamptz not null
);

create table due_inspection (
    id            uuid primary key,
    plan_id       uuid        not null references inspection_plan (id),
    uscc          text        not null,
    enterprise    text        not null,
    district_code text        not null,
    risk_level    text        not null,
    due_on        date        not null,
    inspection_number text,
    created_at    timestamptz not null,
    unique (plan_id, uscc, due_on)
);
create index due_inspection_open on due_inspection (district_code, due_on) where inspection_number is null;

create table inspection (
    id               uuid primary key,
    number           text        not null unique,
    uscc             text        not null,
    enterprise       text        not null,
    district_code    text        not null,
    department_code  text,
    inspectors       text[]      not null,
    inspected_at     timestamptz not null,
    latitude         double precision,
    longitude        double precision,
    address          text,
    conclusion       text,
    due_id           uuid references due_inspection (id),
    case_code        text,
    created_by       text        not null,
    created_by_id    uuid,
    idempotency_key  text,
    created_at       timestamptz not null,
    unique (created_by, idempotency_key)
);
create index inspection_uscc on inspection (uscc, inspected_at desc);
create index inspection_district on inspection (district_code, inspected_at desc);

create table inspection_item (
    inspection_id uuid not null references inspection (id),
    item_code     text not null,
    item_text     text not null,
    result        text not null check (result in ('PASS', 'FAIL', 'NOT_APPLICABLE')),
    note          text,
    primary key (inspection_id, item_code)
);

create table inspection_finding (
    inspection_id uuid not null references inspection (id),
    finding_no    int  not null,
    description   text not null,
    item_code     text,
    category_code text,
    grade         text,
    hazard_ref    text,          -- the external id the hazard loop took the finding in with
    to_case       boolean not null,
    primary key (inspection_id, finding_no)
);

-- Photos are uploaded first (one request each, from a phone) and attached when the record is submitted.
create table inspection_photo (
    id            uuid primary key,
    inspection_id uuid references inspection (id),
    finding_no    int,
    content_type  text        not null,
    size_bytes    int         not null,
    sha256        text        not null,
    data          bytea       not null,
    uploaded_by   text        not null,
    uploaded_at   timestamptz not null
);
create index inspection_photo_of on inspection_photo (inspection_id);

-- How long each step of a case may take (calendar days), as data.
create table case_step_deadline (
    status text primary key,
    days   int  not null check (days between 1 and 365)
);
insert into case_step_deadline values ('FILED', 3), ('INVESTIGATING', 30), ('REVIEWING', 7), ('DECIDING', 7),
    ('EXECUTING', 15), ('RECHECKING', 30);

create table enforcement_case (
    id                 uuid primary key,
    case_code          text        not null unique,
    case_number        text        not null unique,
    uscc               text        not null,
    enterprise         text        not null,
    district_code      text        not null,
    department_code    text,
    title              text        not null,
    cause              text,
    status             text        not null,
    investigator       text,
    investigator_id    uuid,
    submitted_by_id    uuid,
    reviewer           text,
    penalty_type       text,
    fine_amount        numeric(14, 2),
    legal_basis        text,
    decision_note      text,
    decided_by         text,
    decided_at         timestamptz,
    rectified          boolean,
    step_started_at    timestamptz not null,
    step_deadline      timestamptz,
    ever_overdue       boolean     not null default false,
    filed_by           text        not null,
    filed_at           timestamptz not null,
    closed_at          timestamptz,
    idempotency_key    text,
    version            int         not null,
    unique (filed_by, idempotency_key)
);
create index enforcement_case_district on enforcement_case (district_code, filed_at desc);
create index enforcement_case_uscc on enforcement_case (uscc);
create index inspection_case on inspection (case_code) where case_code is not null;

create table case_step (
    case_id  uuid        not null references enforcement_case (id),
    seq      int         not null,
    action   text        not null,
    status   text        not null,
    actor    text        not null,
    note     text,
    at       timestamptz not null,
    overdue  boolean     not null default false,
    primary key (case_id, seq)
);

create table case_evidence (
    id           uuid primary key,
    case_id      uuid        not null references enforcement_case (id),
    kind         text        not null check (kind in ('DOCUMENT', 'PHOTO', 'VIDEO')),
    file_name    text        not null,
    content_type text        not null,
    size_bytes   bigint      not null,
    sha256       text        not null,
    data         bytea       not null,
    note         text,
    uploaded_by  text        not null,
    uploaded_at  timestamptz not null
);
create index case_evidence_of on case_evidence (case_id);

create table case_consultation (
    id          uuid primary key,
    case_id     uuid        not null references enforcement_case (id),
    experts     text[]      not null,
    opinion     text        not null,
    held_at     timestamptz not null,
    recorded_by text        not null,
    recorded_at timestamptz not null
);

create table accident_investigation (
    id            uuid primary key,
    number        text        not null unique,
    uscc          text        not null,
    enterprise    text        not null,
    district_code text        not null,
    title         text        not null,
    occurred_at   timestamptz not null,
    deaths        int         not null default 0 check (deaths >= 0),
    injuries      int         not null default 0 check (injuries >= 0),
    description   text,
    case_code     text unique,
    status        text        not null,
    opened_by     text        not null,
    opened_at     timestamptz not null
);
create index accident_investigation_district on accident_investigation (district_code, opened_at desc);
