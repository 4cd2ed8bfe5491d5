-- USCCs as text, not char(18): the JDBC driver sends strings as varchar, and "char(18) = varchar" resolves to a text
-- comparison that cannot use the char(18) indexes (every look-up by code was a sequential scan). The format check
-- stays; 18 characters are enforced by it.
alter table enterprise_fact drop constraint enterprise_fact_uscc_fkey;
alter table enterprise_risk_history drop constraint enterprise_risk_history_uscc_fkey;
alter table enterprise_rectification_answer drop constraint enterprise_rectification_answer_uscc_fkey;
alter table enterprise alter column uscc type text;
alter table enterprise_fact alter column uscc type text;
alter table enterprise_risk_history alter column uscc type text;
alter table enterprise_rectification_answer alter column uscc type text;
alter table enterprise_fact add constraint enterprise_fact_uscc_fkey foreign key (uscc) references enterprise (uscc);
alter table enterprise_risk_history add constraint enterprise_risk_history_uscc_fkey foreign key (uscc) references enterprise (uscc);
alter table enterprise_rectification_answer add constraint enterprise_rectification_answer_uscc_fkey foreign key (uscc) references enterprise (uscc);
