-- The hazard loop (防范—核查): taxonomy, routing rules, deadline policy, reports from every channel and the
-- disposal orders they become, with their timeline, photos, supervision flags and idempotency keys.

create table hazard_category (
    code               text primary key,
    name_zh            text        not null,
    name_en            text        not null,
    description        text,
    -- abbreviation of the regulating department (organisation module: {region}-{ABBR}); null: the dispatcher decides
    default_department text,
    sort_order         int         not null default 0,
    active             boolean     not null default true,
    updated_at         timestamptz not null default now(),
    constraint hazard_category_code_format check (code ~ '^[A-Z][A-Z0-9_]{1,39}$')
);

insert into hazard_category (code, name_zh, name_en, description, default_department, sort_order) values
 ('FIRE', '消防安全', 'Fire safety', '消防通道堵塞、消防设施损坏、违规动火、易燃物堆放', 'XF', 10),
 ('GAS', '燃气安全', 'Gas safety', '燃气泄漏、管道破损、违规使用瓶装气、燃气设施占压', 'RQ', 20),
 ('HAZCHEM', '危险化学品', 'Hazardous chemicals', '危化品违规储存、运输、使用、经营', 'YJ', 30),
 ('INDUSTRIAL', '工贸企业安全', 'Industry and trade safety', '粉尘涉爆、有限空间、液氨制冷、机械防护', 'YJ', 40),
 ('CONSTRUCTION', '建筑施工', 'Construction sites', '深基坑、高支模、脚手架、起重吊装、临边防护', 'ZJ', 50),
 ('BUILDING', '房屋结构安全', 'Building structure', '房屋开裂、倾斜、违规改建、危房', 'ZJ', 60),
 ('ELECTRICAL', '电气安全', 'Electrical safety', '私拉乱接、电动车违规充电、线路老化', 'XF', 70),
 ('ROAD_TRAFFIC', '道路交通', 'Road traffic', '道路塌陷、标志标线缺失、交通设施损坏、危险路段', 'JT', 80),
 ('GEOLOGICAL', '地质灾害', 'Geological hazards and slopes', '边坡垮塌、滑坡、崩塌、地面沉降', 'GZ', 90),
 ('FLOODING', '防汛内涝', 'Flooding and waterlogging', '积水内涝、排水不畅、河道堵塞、水库险情', 'SW', 100),
 ('SPECIAL_EQUIPMENT', '特种设备', 'Special equipment', '电梯、锅炉、压力容器、起重机械、游乐设施', 'SJ', 110),
 ('CROWDED_PLACE', '人员密集场所', 'Crowded places', '商场、车站、景区、大型活动的拥挤踩踏风险', 'GA', 120),
 ('FOREST_FIRE', '森林防火', 'Forest fire', '林区野外用火、祭祀烧纸、林区火情隐患', 'CG', 130),
 ('MUNICIPAL', '市政设施', 'Municipal facilities', '井盖缺失、路灯倒伏、广告牌松动、桥梁设施损坏', 'CG', 140),
 ('OTHER', '其他', 'Other', '无法归类的事项，由值班员分拨', null, 900);

-- Routing rules: category × grade × area → responsible department. The most specific matching rule wins
-- (area before city-wide, grade before any grade). department_level DISTRICT resolves to the district of the
-- point ({district}-{ABBR}); CITY to the city's department.
create table hazard_routing_rule (
    id               uuid primary key,
    category_code    text        not null references hazard_category (code),
    grade            text check (grade in ('GENERAL', 'MAJOR')),
    region_code      text,
    department_abbr  text        not null,
    department_level text        not null check (department_level in ('CITY', 'DISTRICT')),
    note             text,
    created_at       timestamptz not null default now(),
    created_by       text        not null default 'system'
);
create unique index hazard_routing_rule_key on hazard_routing_rule (category_code, coalesce(grade, '*'), coalesce(region_code, '*'));

-- The defaults: general hazards go to the district's regulator, major hazards to the city's.
insert into hazard_routing_rule (id, category_code, grade, region_code, department_abbr, department_level, note)
select md5('route:' || code || ':GENERAL')::uuid, code, 'GENERAL', null, default_department, 'DISTRICT', '默认：一般隐患由区级行业部门处置'
from hazard_category where default_department is not null;
insert into hazard_routing_rule (id, category_code, grade, region_code, department_abbr, department_level, note)
select md5('route:' || code || ':MAJOR')::uuid, code, 'MAJOR', null, default_department, 'CITY', '默认：重大隐患由市级行业部门挂牌督办'
from hazard_category where default_department is not null;

-- Deadlines per step and grade. A step is overdue (yellow) at its deadline and red once red_after more has passed.
create table hazard_deadline_policy (
    grade     text not null check (grade in ('GENERAL', 'MAJOR')),
    step      text not null check (step in ('DISPATCH', 'ACCEPT', 'VERIFY', 'RECTIFY', 'REVIEW')),
    amount    int  not null check (amount > 0),
    unit      text not null check (unit in ('HOURS', 'WORKING_DAYS')),
    red_after int  not null check (red_after > 0),
    primary key (grade, step)
);
insert into hazard_deadline_policy (grade, step, amount, unit, red_after) values
 ('GENERAL', 'DISPATCH', 4, 'HOURS', 4),
 ('GENERAL', 'ACCEPT', 1, 'WORKING_DAYS', 1),
 ('GENERAL', 'VERIFY', 2, 'WORKING_DAYS', 1),
 ('GENERAL', 'RECTIFY', 10, 'WORKING_DAYS', 5),
 ('GENERAL', 'REVIEW', 3, 'WORKING_DAYS', 2),
 ('MAJOR', 'DISPATCH', 1, 'HOURS', 1),
 ('MAJOR', 'ACCEPT', 2, 'HOURS', 2),
 ('MAJOR', 'VERIFY', 1, 'WORKING_DAYS', 1),
 ('MAJOR', 'RECTIFY', 30, 'WORKING_DAYS', 10),
 ('MAJOR', 'REVIEW', 2, 'WORKING_DAYS', 1);

-- Days that differ from the Monday–Friday rule: public holidays (working = false) and the weekend days worked in
-- exchange (working = true). 2026 as published by the General Office of the State Council.
create table working_calendar (
    day     date primary key,
    working boolean not null,
    note    text
);
insert into working_calendar (day, working, note)
select d::date, false, '元旦' from generate_series('2026-01-01'::date, '2026-01-03', '1 day') d
union all select '2026-01-04', true, '元旦调休上班'
union all select d::date, false, '春节' from generate_series('2026-02-15'::date, '2026-02-23', '1 day') d
union all select '2026-02-14', true, '春节调休上班'
union all select '2026-02-28', true, '春节调休上班'
union all select d::date, false, '清明节' from generate_series('2026-04-04'::date, '2026-04-06', '1 day') d
union all select d::date, false, '劳动节' from generate_series('2026-05-01'::date, '2026-05-05', '1 day') d
union all select '2026-05-09', true, '劳动节调休上班'
union all select d::date, false, '端午节' from generate_series('2026-06-19'::date, '2026-06-21', '1 day') d
union all select d::date, false, '中秋节' from generate_series('2026-09-25'::date, '2026-09-27', '1 day') d
union all select d::date, false, '国庆节' from generate_series('2026-10-01'::date, '2026-10-07', '1 day') d
union all select '2026-09-20', true, '国庆节调休上班'
union all select '2026-10-10', true, '国庆节调休上班';

create table disposal_order (
    id                    uuid primary key,
    code                  text        not null unique,
    status                text        not null check (status in ('PENDING_DISPATCH', 'DISPATCHED', 'VERIFYING',
                                          'RECTIFYING', 'REVIEW', 'CLOSED', 'RETURNED')),
    category_code         text        not null references hazard_category (code),
    grade                 text        not null check (grade in ('GENERAL', 'MAJOR')),
    channel               text        not null,
    description           text        not null,
    latitude              double precision,
    longitude             double precision,
    address               text,
    district_code         text,
    street_code           text,
    community_code        text,
    grid_code             text,
    department_code       text,
    classifier_category   text,
    classifier_confidence double precision,
    routing_note          text,
    verification          text check (verification in ('CONFIRMED', 'NOT_A_HAZARD')),
    resolution            text check (resolution in ('RECTIFIED', 'NOT_A_HAZARD')),
    step_started_at       timestamptz not null,
    step_deadline         timestamptz,
    red_at                timestamptz,
    rectify_deadline      timestamptz,
    supervision           text        not null default 'NONE' check (supervision in ('NONE', 'YELLOW', 'RED')),
    ever_overdue          boolean     not null default false,
    opened_at             timestamptz not null,
    closed_at             timestamptz,
    report_count          int         not null default 1,
    enterprise_name       text,
    enterprise_uscc       text,
    last_submitted_by     uuid,
    version               int         not null default 0,
    constraint disposal_order_location check ((latitude is null) = (longitude is null)),
    constraint disposal_order_closed check ((status = 'CLOSED') = (closed_at is not null))
);
create index disposal_order_status_idx on disposal_order (status) where status <> 'CLOSED';
create index disposal_order_district_idx on disposal_order (district_code, status);
create index disposal_order_street_idx on disposal_order (street_code);
create index disposal_order_grid_idx on disposal_order (grid_code);
create index disposal_order_department_idx on disposal_order (department_code, status);
create index disposal_order_deadline_idx on disposal_order (step_deadline) where status <> 'CLOSED';
create index disposal_order_opened_idx on disposal_order (opened_at);
create index disposal_order_uscc_idx on disposal_order (enterprise_uscc) where enterprise_uscc is not null;

create sequence disposal_order_number;

-- Every submission from every channel. Several reports can share one order (duplicates are linked, not reopened).
create table hazard_report (
    id               uuid primary key,
    order_id         uuid        not null references disposal_order (id),
    channel          text        not null check (channel in ('PUBLIC_TIP', 'GRID_INSPECTION', 'INDUSTRY_INSPECTION',
                                     'ENTERPRISE_SELF_REPORT', 'VIDEO_ANALYTICS', 'IOT_ALARM', 'DUTY_OFFICE')),
    tracking_code    text unique,
    reporter_user_id uuid,
    reporter_name    text,
    contact          text,
    description      text        not null,
    latitude         double precision,
    longitude        double precision,
    address          text,
    external_ref     text,
    duplicate        boolean     not null default false,
    received_at      timestamptz not null,
    client_address   text
);
create index hazard_report_order_idx on hazard_report (order_id);
create index hazard_report_reporter_idx on hazard_report (reporter_user_id) where reporter_user_id is not null;
create index hazard_report_received_idx on hazard_report (received_at);
create unique index hazard_report_external_ref on hazard_report (channel, external_ref) where external_ref is not null;

create table hazard_photo (
    id           uuid primary key,
    order_id     uuid        not null references disposal_order (id),
    report_id    uuid references hazard_report (id),
    content_type text        not null,
    size_bytes   int         not null,
    sha256       char(64)    not null,
    data         bytea       not null,
    uploaded_by  text        not null,
    uploaded_at  timestamptz not null
);
create index hazard_photo_order_idx on hazard_photo (order_id);

-- The timeline: every step of every order, who/when/what/evidence.
create table disposal_order_step (
    id          bigint generated always as identity primary key,
    order_id    uuid        not null references disposal_order (id),
    at          timestamptz not null,
    action      text        not null,
    from_status text,
    to_status   text        not null,
    actor       text        not null,
    actor_name  text,
    department_code text,
    note        text,
    photo_ids   uuid[]      not null default '{}'
);
create index disposal_order_step_order_idx on disposal_order_step (order_id, id);

-- The same transition request twice (same key on the same order) returns the first answer.
create table disposal_order_request (
    order_id   uuid        not null references disposal_order (id),
    request_key text       not null,
    action     text        not null,
    actor      text        not null,
    response   text        not null,
    created_at timestamptz not null,
    primary key (order_id, request_key)
);

-- Supervision 督办: automatic (overdue yellow/red) and by a superior (MANUAL), each addressed to the level above.
create table hazard_supervision (
    id             bigint generated always as identity primary key,
    order_id       uuid        not null references disposal_order (id),
    level          text        not null check (level in ('YELLOW', 'RED', 'MANUAL')),
    step           text        not null,
    step_started_at timestamptz not null,
    raised_at      timestamptz not null,
    raised_by      text        not null,
    notify_region  text        not null,
    notify_department text,
    note           text
);
create index hazard_supervision_order_idx on hazard_supervision (order_id);
create index hazard_supervision_region_idx on hazard_supervision (notify_region, raised_at desc);
-- one yellow and one red flag per step of an order, however often the sweep runs
create unique index hazard_supervision_auto_once on hazard_supervision (order_id, step_started_at, level)
    where level <> 'MANUAL';

-- Corrections by dispatchers become training examples for the classifier.
create table hazard_training_example (
    id            bigint generated always as identity primary key,
    text          text        not null,
    category_code text        not null references hazard_category (code),
    source        text        not null check (source in ('CORRECTION', 'IMPORT')),
    created_by    text        not null,
    created_at    timestamptz not null
);
