-- The audit log: append-only and hash-chained (see AuditTrail).
create table audit_event (
    id             bigserial primary key,
    at             timestamptz not null,
    actor          text        not null,
    action         text        not null,
    target         text,
    outcome        text        not null,
    remote_address text,
    region_code    text,
    details        text,
    prev_hash      char(64)    not null,
    hash           char(64)    not null unique
);
create index audit_event_actor_idx on audit_event (actor, id desc);
create index audit_event_region_idx on audit_event (region_code, id desc);
create index audit_event_action_idx on audit_event (action, id desc);

-- Append-only: the application never updates or deletes entries; the database refuses it too.
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only (% refused)', tg_op;
end $$;
create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();
