-- The bound USCC as text (see V81__enterprise_codes_as_text.sql: char(18) compared with a JDBC string skips the index).
alter table app_user alter column enterprise_uscc type text;
