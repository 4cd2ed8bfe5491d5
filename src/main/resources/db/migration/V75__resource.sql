-- Emergency resources (物资仓库, 物资, 救援队伍, 专家, 避难场所, 车辆) and their dispatches (调度/出动).

-- Code table of resource types: what "type" means for each kind (supply type, team type, expert specialty ...).
create table resource_type (
    code    text primary key,
    kind    text not null check (kind in ('WAREHOUSE', 'SUPPLY', 'TEAM', 'EXPERT', 'SHELTER', 'VEHICLE')),
    name_zh text not null,
    name_en text not null,
    unit    text not null
);

-- One row per resource. quantity: stock of a supply, members of a team, seats of a vehicle, 1 for an expert;
-- capacity/occupancy: shelters (people) and warehouses (not used). status: AVAILABLE or BUSY (teams, experts,
-- vehicles while dispatched; supplies and shelters are available while stock / free capacity remains).
create table resource (
    id              uuid primary key,
    kind            text not null check (kind in ('WAREHOUSE', 'SUPPLY', 'TEAM', 'EXPERT', 'SHELTER', 'VEHICLE')),
    type_code       text not null references resource_type (code),
    name            text not null,
    warehouse_id    uuid references resource (id),
    region_code     text not null,
    region_path     text[] not null,
    department_code text,
    latitude        double precision not null check (latitude between -90 and 90),
    longitude       double precision not null check (longitude between -180 and 180),
    quantity        integer not null default 0 check (quantity >= 0),
    unit            text not null,
    capacity        integer check (capacity >= 0),
    occupancy       integer check (occupancy >= 0),
    status          text not null default 'AVAILABLE' check (status in ('AVAILABLE', 'BUSY', 'OUT_OF_SERVICE')),
    phone           text,
    details         text,
    version         integer not null default 0,
    updated_at      timestamptz not null,
    check (occupancy is null or capacity is null or occupancy <= capacity),
    check ((kind = 'SUPPLY') = (warehouse_id is not null))
);
create index resource_kind_type_idx on resource (kind, type_code);
create index resource_path_idx on resource using gin (region_path);
create index resource_warehouse_idx on resource (warehouse_id);

create table dispatch (
    id                uuid primary key,
    resource_id       uuid not null references resource (id),
    quantity          integer not null check (quantity > 0),
    returned_quantity integer check (returned_quantity >= 0 and returned_quantity <= quantity),
    incident_id       uuid,
    latitude          double precision not null,
    longitude         double precision not null,
    status            text not null check (status in ('REQUESTED', 'APPROVED', 'DISPATCHED', 'ARRIVED', 'RETURNED',
                                                      'REJECTED', 'CANCELLED')),
    requested_by      text not null,
    requester_region  text not null,
    purpose           text,
    idempotency_key   text,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    unique (requested_by, idempotency_key)
);
create index dispatch_resource_idx on dispatch (resource_id);
create index dispatch_incident_idx on dispatch (incident_id);
create index dispatch_status_idx on dispatch (status, created_at desc);

create table dispatch_step (
    dispatch_id uuid not null references dispatch (id),
    seq         integer not null,
    status      text not null,
    at          timestamptz not null,
    by_user     text not null,
    note        text,
    primary key (dispatch_id, seq)
);

create table resource_demo_load (
    version   int primary key,
    loaded_at timestamptz not null,
    resources int not null
);

insert into resource_type (code, kind, name_zh, name_en, unit) values
 ('WAREHOUSE_CITY', 'WAREHOUSE', '市级应急物资储备库', 'city emergency supply depot', '座'),
 ('WAREHOUSE_DISTRICT', 'WAREHOUSE', '区级应急物资储备库', 'district emergency supply depot', '座'),
 ('WAREHOUSE_STREET', 'WAREHOUSE', '街道应急物资储备点', 'street supply point', '座'),
 ('TENT', 'SUPPLY', '救灾帐篷', 'relief tent', '顶'),
 ('QUILT', 'SUPPLY', '棉被', 'quilt', '床'),
 ('FOLDING_BED', 'SUPPLY', '折叠床', 'folding bed', '张'),
 ('LIFE_JACKET', 'SUPPLY', '救生衣', 'life jacket', '件'),
 ('SANDBAG', 'SUPPLY', '编织袋/沙袋', 'sandbag', '个'),
 ('WATER_PUMP', 'SUPPLY', '抽水泵', 'water pump', '台'),
 ('GENERATOR', 'SUPPLY', '发电机', 'generator', '台'),
 ('DRINKING_WATER', 'SUPPLY', '瓶装饮用水', 'bottled water', '箱'),
 ('INSTANT_FOOD', 'SUPPLY', '方便食品', 'instant food', '箱'),
 ('FIRST_AID_KIT', 'SUPPLY', '急救包', 'first-aid kit', '个'),
 ('TEAM_FIRE', 'TEAM', '消防救援队', 'fire and rescue team', '人'),
 ('TEAM_FLOOD', 'TEAM', '防汛抢险队', 'flood rescue team', '人'),
 ('TEAM_MEDICAL', 'TEAM', '医疗救护队', 'medical team', '人'),
 ('TEAM_HAZCHEM', 'TEAM', '危化品处置队', 'hazardous-chemicals team', '人'),
 ('TEAM_MINE', 'TEAM', '矿山/隧道救援队', 'mine and tunnel rescue team', '人'),
 ('TEAM_FOREST_FIRE', 'TEAM', '森林消防队', 'forest firefighting team', '人'),
 ('TEAM_VOLUNTEER', 'TEAM', '社会救援志愿队', 'volunteer rescue team', '人'),
 ('EXPERT_FLOOD', 'EXPERT', '防汛抗旱专家', 'flood and drought expert', '人'),
 ('EXPERT_GEOLOGY', 'EXPERT', '地质灾害专家', 'geological hazard expert', '人'),
 ('EXPERT_HAZCHEM', 'EXPERT', '危险化学品专家', 'hazardous-chemicals expert', '人'),
 ('EXPERT_FIRE', 'EXPERT', '消防专家', 'fire expert', '人'),
 ('EXPERT_STRUCTURE', 'EXPERT', '建筑结构专家', 'structural engineering expert', '人'),
 ('EXPERT_MEDICAL', 'EXPERT', '医疗卫生专家', 'public-health expert', '人'),
 ('SHELTER_PARK', 'SHELTER', '公园绿地避难场所', 'park shelter', '人'),
 ('SHELTER_SCHOOL', 'SHELTER', '学校避难场所', 'school shelter', '人'),
 ('SHELTER_STADIUM', 'SHELTER', '体育场馆避难场所', 'stadium shelter', '人'),
 ('SHELTER_COMMUNITY', 'SHELTER', '社区避难点', 'community shelter point', '人'),
 ('VEHICLE_FIRE_ENGINE', 'VEHICLE', '消防车', 'fire engine', '辆'),
 ('VEHICLE_AMBULANCE', 'VEHICLE', '救护车', 'ambulance', '辆'),
 ('VEHICLE_TRUCK', 'VEHICLE', '物资运输车', 'supply truck', '辆'),
 ('VEHICLE_PUMP', 'VEHICLE', '排涝车', 'drainage pump vehicle', '辆'),
 ('VEHICLE_COMMAND', 'VEHICLE', '应急通信指挥车', 'mobile command vehicle', '辆');
