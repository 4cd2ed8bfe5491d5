-- Monitoring: stations and their sensors, telemetry (time-partitioned), alarm rules as data, alarms with their
-- history and comments. region_path holds the station's ancestry (city first), as in organisation, so jurisdiction
-- filters and roll-ups are one indexed "= any(region_path)".

create table station (
    code               text primary key,                -- RG-0001, WL-SK0001, GS-0001 …
    type               text not null check (type in ('RAIN_GAUGE', 'WATER_LEVEL', 'GAS', 'WATER_PRESSURE',
                                                     'BRIDGE_STRAIN', 'DRAINAGE_LEVEL')),
    name               text not null,
    latitude           double precision not null,
    longitude          double precision not null,
    district_code      text not null,
    street_code        text,
    community_code     text,
    grid_code          text,
    region_path        text[] not null,
    department_code    text,                             -- owner (organisation module), e.g. 440304-SW
    object_code        text,                             -- watched reservoir or river (organisation module)
    -- characteristic levels of the watched object (m), copied when the station is registered
    flood_limit_level  numeric(6, 2),                    -- 汛限水位
    design_flood_level numeric(6, 2),                    -- 设计洪水位
    warning_level      numeric(6, 2),                    -- 警戒水位
    guarantee_level    numeric(6, 2),                    -- 保证水位
    created_at         timestamptz not null
);
create index station_path_idx on station using gin (region_path);
create index station_type_idx on station (type);

-- One sensor per measured quantity of a station; a reading names its metric.
create table sensor (
    station_code text not null references station (code),
    metric       text not null,                          -- rainfall_5m, water_level, gas_lel …
    unit         text not null,
    min_value    double precision not null,              -- physically plausible range; outside it a value is rejected
    max_value    double precision not null,
    primary key (station_code, metric)
);

-- Raw readings, partitioned by month (partitions are created ahead by the platform and dropped after retention).
-- The primary key makes ingestion idempotent: the same station + metric + time is stored once.
create table reading (
    station_code text             not null,
    metric       text             not null,
    ts           timestamptz      not null,
    value        double precision not null,
    primary key (station_code, metric, ts)
) partition by range (ts);

-- Hourly aggregates (5-minute readings rolled up), kept longer than the raw readings.
create table reading_hourly (
    station_code text             not null,
    metric       text             not null,
    hour         timestamptz      not null,
    n            int              not null,
    min_value    double precision not null,
    max_value    double precision not null,
    sum_value    double precision not null,
    last_value   double precision not null,
    primary key (station_code, metric, hour)
);
create index reading_hourly_hour_idx on reading_hourly (hour);

-- The latest value per sensor, for dashboards (also held in memory).
create table latest_reading (
    station_code text             not null,
    metric       text             not null,
    ts           timestamptz      not null,
    value        double precision not null,
    received_at  timestamptz      not null,
    primary key (station_code, metric)
);

-- Up to where readings have been rolled up into reading_hourly.
create table telemetry_watermark (
    name  text primary key,
    until timestamptz not null
);

-- Alarm rules as data. Rules of the same alarm_type on a station compete: the most severe firing rule sets the
-- alarm's severity. kind:
--   THRESHOLD     value <op> threshold
--   WINDOW_SUM    sum of the values in the last window_minutes (event time) <op> threshold (accumulated rainfall)
--   RATE_OF_RISE  (value - value window_minutes ago) per hour <op> threshold
--   NO_DATA       the station has sent nothing for window_minutes (checked by a sweep, not per reading)
-- threshold_ref names a level of the watched object instead of a fixed threshold. clear_margin is the hysteresis:
-- an alarm clears only when no rule of its type is within clear_margin of firing.
create table alarm_rule (
    code          text primary key,
    alarm_type    text             not null,
    name          text             not null,
    station_type  text,                                   -- null: every station type
    metric        text,
    kind          text             not null check (kind in ('THRESHOLD', 'WINDOW_SUM', 'RATE_OF_RISE', 'NO_DATA')),
    operator      text             not null default 'GTE' check (operator in ('GTE', 'LTE')),
    threshold     double precision,
    threshold_ref text check (threshold_ref in ('FLOOD_LIMIT_LEVEL', 'DESIGN_FLOOD_LEVEL', 'WARNING_LEVEL',
                                                'GUARANTEE_LEVEL')),
    window_minutes int,
    clear_margin  double precision not null default 0,
    severity      text             not null check (severity in ('WARNING', 'MINOR', 'MAJOR', 'CRITICAL')),
    signal        text,                                   -- warning colour a rule stands for (rainstorm: YELLOW …)
    hazard_category text,                                 -- set: a raised alarm opens a hazard report of this category
    active        boolean          not null default true,
    check ((threshold is null) <> (threshold_ref is null) or kind = 'NO_DATA'),
    check (kind not in ('WINDOW_SUM', 'RATE_OF_RISE', 'NO_DATA') or window_minutes > 0)
);

insert into alarm_rule (code, alarm_type, name, station_type, metric, kind, operator, threshold, threshold_ref,
                        window_minutes, clear_margin, severity, signal, hazard_category) values
 -- Shenzhen rainstorm signals (深圳市气象灾害预警信号发布规定): yellow 6 h ≥ 50 mm, orange 3 h ≥ 50 mm, red 3 h ≥ 100 mm
 ('RAINSTORM_YELLOW', 'RAINSTORM', '暴雨黄色：6小时累计雨量≥50毫米', 'RAIN_GAUGE', 'rainfall_5m', 'WINDOW_SUM', 'GTE', 50, null, 360, 5, 'MINOR', 'YELLOW', null),
 ('RAINSTORM_ORANGE', 'RAINSTORM', '暴雨橙色：3小时累计雨量≥50毫米', 'RAIN_GAUGE', 'rainfall_5m', 'WINDOW_SUM', 'GTE', 50, null, 180, 5, 'MAJOR', 'ORANGE', null),
 ('RAINSTORM_RED', 'RAINSTORM', '暴雨红色：3小时累计雨量≥100毫米', 'RAIN_GAUGE', 'rainfall_5m', 'WINDOW_SUM', 'GTE', 100, null, 180, 5, 'CRITICAL', 'RED', null),
 ('HEAVY_RAIN_1H', 'HEAVY_RAIN_1H', '短时强降雨：1小时雨量≥30毫米', 'RAIN_GAUGE', 'rainfall_5m', 'WINDOW_SUM', 'GTE', 30, null, 60, 3, 'WARNING', null, null),
 ('LEVEL_OVER_FLOOD_LIMIT', 'HIGH_WATER', '水库超汛限水位', 'WATER_LEVEL', 'water_level', 'THRESHOLD', 'GTE', null, 'FLOOD_LIMIT_LEVEL', null, 0.1, 'MAJOR', null, null),
 ('LEVEL_OVER_DESIGN', 'HIGH_WATER', '水库超设计洪水位', 'WATER_LEVEL', 'water_level', 'THRESHOLD', 'GTE', null, 'DESIGN_FLOOD_LEVEL', null, 0.1, 'CRITICAL', null, 'FLOODING'),
 ('LEVEL_OVER_WARNING', 'HIGH_WATER', '河道超警戒水位', 'WATER_LEVEL', 'water_level', 'THRESHOLD', 'GTE', null, 'WARNING_LEVEL', null, 0.1, 'MAJOR', null, null),
 ('LEVEL_OVER_GUARANTEE', 'HIGH_WATER', '河道超保证水位', 'WATER_LEVEL', 'water_level', 'THRESHOLD', 'GTE', null, 'GUARANTEE_LEVEL', null, 0.1, 'CRITICAL', null, 'FLOODING'),
 ('LEVEL_RISING_FAST', 'LEVEL_RISE', '水位快速上涨：1小时涨幅≥0.5米', 'WATER_LEVEL', 'water_level', 'RATE_OF_RISE', 'GTE', 0.5, null, 60, 0.1, 'WARNING', null, null),
 ('GAS_LOW', 'GAS_LEAK', '可燃气体浓度≥10%LEL', 'GAS', 'gas_lel', 'THRESHOLD', 'GTE', 10, null, null, 2, 'MINOR', null, null),
 ('GAS_HIGH', 'GAS_LEAK', '可燃气体浓度≥25%LEL', 'GAS', 'gas_lel', 'THRESHOLD', 'GTE', 25, null, null, 2, 'CRITICAL', null, 'GAS'),
 ('PRESSURE_LOW', 'LOW_PRESSURE', '供水管网压力≤0.14兆帕', 'WATER_PRESSURE', 'pressure_mpa', 'THRESHOLD', 'LTE', 0.14, null, null, 0.02, 'MINOR', null, null),
 ('STRAIN_HIGH', 'BRIDGE_STRAIN', '桥梁应变≥800微应变', 'BRIDGE_STRAIN', 'strain_ue', 'THRESHOLD', 'GTE', 800, null, null, 50, 'MAJOR', null, 'MUNICIPAL'),
 ('DRAIN_FULL', 'DRAINAGE_OVERFLOW', '排水管网液位≥1.5米（满管溢流）', 'DRAINAGE_LEVEL', 'water_depth_m', 'THRESHOLD', 'GTE', 1.5, null, null, 0.2, 'MAJOR', null, null),
 ('SILENT_30M', 'NO_DATA', '站点30分钟无数据', null, null, 'NO_DATA', 'GTE', null, null, 30, 0, 'WARNING', null, null);

-- Alarms: at most one active alarm per station and type (the partial unique index); repeats update it.
create table alarm (
    id              uuid primary key,
    station_code    text        not null references station (code),
    type            text        not null,
    severity        text        not null check (severity in ('WARNING', 'MINOR', 'MAJOR', 'CRITICAL')),
    signal          text,
    rule_code       text        not null,
    metric          text,
    value           double precision,
    threshold       double precision,
    region_path     text[]      not null,
    started_at      timestamptz not null,                -- reading time that raised it
    last_at         timestamptz not null,                -- reading time of the latest repeat
    repeats         int         not null default 0,
    cleared         boolean     not null default false,
    cleared_at      timestamptz,
    cleared_by      text,
    clear_reason    text,
    acknowledged    boolean     not null default false,
    acknowledged_at timestamptz,
    acknowledged_by text,
    assignee_id     uuid,
    assignee_name   text,
    assigned_at     timestamptz,
    hazard_opened   boolean     not null default false,
    version         int         not null default 0,
    created_at      timestamptz not null
);
create unique index alarm_one_active on alarm (station_code, type) where not cleared;
create index alarm_path_idx on alarm using gin (region_path);
create index alarm_status_idx on alarm (cleared, started_at desc);

-- What happened to an alarm: raised, escalated, acknowledged, assigned, cleared, comments (system and user).
create table alarm_entry (
    id        bigserial primary key,
    alarm_id  uuid        not null references alarm (id),
    at        timestamptz not null,
    actor     text        not null,
    kind      text        not null check (kind in ('RAISED', 'ESCALATED', 'ACKNOWLEDGED', 'ASSIGNED', 'CLEARED',
                                                    'COMMENT', 'HAZARD_OPENED')),
    text      text
);
create index alarm_entry_alarm_idx on alarm_entry (alarm_id, id);

-- Set once the demo stations are in, so a restart skips generating them (the inserts are idempotent anyway).
create table monitoring_demo_load (
    version   int primary key,
    loaded_at timestamptz not null,
    stations  int not null
);
