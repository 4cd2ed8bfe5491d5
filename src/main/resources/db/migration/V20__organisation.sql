-- Organisation: departments (member units), committees, the 1+11+N command centres, people and the reservoirs and
-- rivers they answer for. Region codes are stored as codes; region_path holds the area's ancestry (city first) so
-- that jurisdiction filters are one indexed "= any(region_path)" instead of string prefixes (Dapeng's streets keep
-- Longgang's codes, so prefixes would lie).

create table department (
    code          text primary key,                -- {regionCode}-{ABBR}, see ADR 0004
    abbreviation  text not null,
    name          text not null unique,
    level         text not null check (level in ('CITY', 'DISTRICT')),
    region_code   text not null,
    kind          text not null check (kind in ('COMMAND', 'MONITORING', 'SUPPORT', 'SECTOR', 'RESCUE')),
    parent_code   text references department (code) -- the city department a district one reports to
);
create index department_region_idx on department (region_code);

create table committee (
    code                   text primary key,       -- {regionCode}-{KIND}
    kind                   text not null check (kind in ('SAFETY', 'DISASTER_REDUCTION', 'FLOOD_DROUGHT_WIND', 'FOREST_FIRE')),
    name                   text not null unique,
    level                  text not null check (level in ('CITY', 'DISTRICT')),
    region_code            text not null,
    office_department_code text not null references department (code)
);

create table committee_member (
    committee_code  text not null references committee (code),
    department_code text not null references department (code),
    position        text not null check (position in ('OFFICE', 'MEMBER')),
    primary key (committee_code, department_code)
);

create table command_centre (
    code            text primary key,
    name            text not null unique,
    tier            text not null check (tier in ('CITY', 'DISTRICT', 'INDUSTRY')),
    sector          text,                           -- industry sub-centres only: GAS, HAZARDOUS_CHEMICALS, ...
    region_code     text not null,
    department_code text not null references department (code),
    check ((tier = 'INDUSTRY') = (sector is not null))
);

create table managed_object (
    code               text primary key,            -- SK0001 (reservoir 水库), HL0001 (river 河流)
    type               text not null check (type in ('RESERVOIR', 'RIVER')),
    name               text not null,
    scale              text,                        -- reservoirs: MEDIUM, SMALL_I, SMALL_II
    region_code        text not null,               -- the community (or street) it lies in
    region_path        text[] not null,
    latitude           double precision not null,
    longitude          double precision not null,
    flood_limit_level  numeric(6, 2),               -- 汛限水位, m
    design_flood_level numeric(6, 2),               -- 设计洪水位, m
    warning_level      numeric(6, 2),               -- 警戒水位, m
    guarantee_level    numeric(6, 2),               -- 保证水位, m
    unique (type, name),
    check (type <> 'RESERVOIR' or (flood_limit_level is not null and design_flood_level > flood_limit_level)),
    check (type <> 'RIVER' or (warning_level is not null and guarantee_level > warning_level))
);
create index managed_object_path_idx on managed_object using gin (region_path);

create table person (
    id                  uuid primary key,
    name                text not null,
    role                text not null,
    responsibility_type text,
    responsible_for     text,                        -- managed object code or area (region) code
    region_code         text not null,
    region_path         text[] not null,
    department_code     text references department (code),
    phone               text not null check (phone ~ '^1[3-9][0-9]{9}$'),
    created_at          timestamptz not null,
    unique (phone, role),
    check ((role = 'RESPONSIBLE_PERSON') = (responsibility_type is not null))
);
create index person_path_idx on person using gin (region_path);
create index person_role_idx on person (role, responsibility_type);
create index person_responsible_for_idx on person (responsible_for);

-- Set once the demo data set is complete, so a restart skips generating it (the inserts are idempotent anyway).
create table organisation_demo_load (
    version   int primary key,
    loaded_at timestamptz not null,
    persons   int not null
);
