-- Several gauges in one street propose one draft: a further alarm joins the open proposed draft for the same event
-- type and area. Every source that proposed or joined a draft is kept, so that a replayed alarm finds its draft
-- instead of adding its evidence twice; a draft stays open (and the next alarm joins it) until issued or cancelled.
alter table warning add column sources text[] not null default '{}';
update warning set sources = array[source] where origin = 'PROPOSED' and source is not null;
