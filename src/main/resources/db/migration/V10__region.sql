-- The city's territorial hierarchy (city, district-level area, street, community, grid), derived once from the
-- shipped division tables and boundary files and read back into memory on every later start (see ADR 0003).

-- Which derivation is stored: one row. A different city code or derivation version makes the platform derive again.
create table region_territory (
    id            smallint primary key default 1 check (id = 1),
    city_code     varchar(6)  not null,
    version       integer     not null,
    area_count    integer     not null,
    derived_at    timestamptz not null
);

create table region_area (
    code             varchar(15) primary key,
    name             text        not null,
    level            varchar(10) not null check (level in ('CITY', 'DISTRICT', 'STREET', 'COMMUNITY', 'GRID')),
    parent_code      varchar(15) references region_area (code),
    derived          boolean     not null,
    -- load order: parents before children, each level by code
    position         integer     not null unique,
    center_lon       double precision,
    center_lat       double precision,
    -- full boundary as WKB (lon/lat, EPSG:4326); null where the data has none (cities other than Shenzhen)
    boundary         bytea,
    -- simplified boundary for maps, as a GeoJSON geometry object
    display_geojson  text
);

create index region_area_parent on region_area (parent_code);
