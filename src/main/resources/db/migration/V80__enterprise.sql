-- The enterprise registry 生产经营单位 keyed by the Unified Social Credit Code, the facts linked to each enterprise
-- (from this and other modules) and the history of its quantified risk score.

create table enterprise (
    uscc                 char(18) primary key,
    name                 text        not null,
    industry_code        text        not null,            -- GB/T 4754 division, e.g. C26
    address              text,
    latitude             double precision,
    longitude            double precision,
    district_code        text,
    street_code          text,
    community_code       text,
    grid_code            text,
    scale                text        not null default 'SMALL' check (scale in ('LARGE', 'MEDIUM', 'SMALL', 'MICRO')),
    key_categories       text[]      not null default '{}',
    regulator_codes      text[]      not null default '{}', -- organisation module department codes
    contacts             jsonb       not null default '[]', -- [{name, role, phone}] — masked when listed
    risk_score           int         not null default 0,
    risk_level           text        not null default 'BLUE' check (risk_level in ('RED', 'ORANGE', 'YELLOW', 'BLUE')),
    risk_factors         jsonb       not null default '[]',
    risk_at              timestamptz,
    public_code          text        not null unique,      -- the code printed in the QR image (一企一码)
    created_at           timestamptz not null,
    created_by           text        not null,
    version              int         not null default 0,
    constraint enterprise_uscc_format check (uscc ~ '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$')
);
create index enterprise_district_idx on enterprise (district_code, risk_level);
create index enterprise_street_idx on enterprise (street_code);
create index enterprise_grid_idx on enterprise (grid_code);
create index enterprise_industry_idx on enterprise (industry_code);
create index enterprise_risk_idx on enterprise (risk_score desc, uscc);
create index enterprise_name_idx on enterprise (lower(name) text_pattern_ops);
create index enterprise_regulators_idx on enterprise using gin (regulator_codes);
create index enterprise_position_idx on enterprise (latitude, longitude);

-- Everything linked to an enterprise, one row per (kind, reference): hazards and disposal orders (from the hazard
-- module's events), inspections, cases, penalties, accident investigations and incidents (EnterpriseRecords),
-- risk assessments, training, certificates, alarms and warnings at its site, and imported external facts.
-- The profile reads one enterprise's rows by (uscc, at) and its open/overdue counts from the partial index.
create table enterprise_fact (
    kind        text        not null,
    reference   text        not null,
    uscc        char(18)    not null references enterprise (uscc),
    title       text,
    status      text,
    open        boolean     not null default false,
    severity    int         not null default 0 check (severity between 0 and 3),
    at          timestamptz not null,
    due_at      timestamptz,                               -- rectification deadline, certificate expiry, next inspection
    link        text,
    detail      jsonb,
    updated_at  timestamptz not null,
    primary key (kind, reference)
);
create index enterprise_fact_uscc_idx on enterprise_fact (uscc, at desc);
create index enterprise_fact_due_idx on enterprise_fact (uscc, due_at) where due_at is not null;

-- Each change of an enterprise's score with the reason (the fact that changed) and the factors at that moment.
create table enterprise_risk_history (
    id          bigserial primary key,
    uscc        char(18)    not null references enterprise (uscc),
    at          timestamptz not null,
    score       int         not null,
    level       text        not null,
    previous    int,
    reason      text        not null,
    factors     jsonb       not null
);
create index enterprise_risk_history_idx on enterprise_risk_history (uscc, at desc, id desc);

-- Answers of an enterprise to a rectification request (its disposal orders), with evidence files.
create table enterprise_rectification_answer (
    id          uuid primary key,
    uscc        char(18)    not null references enterprise (uscc),
    order_code  text        not null,
    note        text        not null,
    evidence    jsonb       not null default '[]',         -- [{name, contentType, size, sha256}]
    answered_by text        not null,
    answered_at timestamptz not null
);
create index enterprise_rectification_answer_idx on enterprise_rectification_answer (uscc, answered_at desc);

create table enterprise_evidence_file (
    id          uuid primary key,
    answer_id   uuid        not null references enterprise_rectification_answer (id),
    name        text        not null,
    content_type text       not null,
    sha256      char(64)    not null,
    content     bytea       not null
);

-- Import runs (what came in, what was refused): the validation report is kept for the page that shows it.
create table enterprise_import (
    id          uuid primary key,
    file_name   text,
    rows_total  int         not null,
    rows_imported int       not null,
    problems    jsonb       not null,
    imported_by text        not null,
    imported_at timestamptz not null
);

create table enterprise_demo_load (
    version     int primary key,
    loaded_at   timestamptz not null,
    enterprises int         not null,
    facts       int         not null
);
