-- An enterprise user (role ENTERPRISE) acts for one enterprise, named by its Unified Social Credit Code.
alter table app_user add column enterprise_uscc char(18);
create index app_user_enterprise_idx on app_user (enterprise_uscc) where enterprise_uscc is not null;
