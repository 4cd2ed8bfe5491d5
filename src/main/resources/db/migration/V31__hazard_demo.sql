-- Marks the hazard demo data set as loaded (demo mode only), so a restart or a second instance adds nothing.
create table hazard_demo_load (
    version   int primary key,
    loaded_at timestamptz not null,
    orders    int         not null
);
