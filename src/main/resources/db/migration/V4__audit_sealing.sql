-- Audit entries are now appended without a hash, concurrently, in the transaction of the change they record; the
-- sealer (AuditSeal) links them into the hash chain in seal order (seq) within about a second. Before: every
-- audited transaction in the platform queued on one lock held until its commit. See ADR 0005.
alter table audit_event alter column prev_hash drop not null;
alter table audit_event alter column hash drop not null;
alter table audit_event add column seq bigint unique;

-- The entries written so far were chained in id order: that is their seal order.
alter table audit_event disable trigger audit_event_no_update;
update audit_event set seq = id;
alter table audit_event enable trigger audit_event_no_update;

create index audit_event_unsealed_idx on audit_event (id) where seq is null;

-- Still append-only: the one update allowed is sealing an unsealed entry, which changes nothing it recorded.
create function audit_event_seal_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.seq is null and old.hash is null and new.seq is not null and new.hash is not null
       and (new.id, new.at, new.actor, new.action, new.target, new.outcome, new.remote_address, new.region_code,
            new.details) is not distinct from
           (old.id, old.at, old.actor, old.action, old.target, old.outcome, old.remote_address, old.region_code,
            old.details) then
        return new;
    end if;
    raise exception 'audit_event is append-only (% refused)', tg_op;
end $$;
drop trigger audit_event_no_update on audit_event;
create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_seal_only();
