-- Incident codes SJyyyyMMdd-nnn: the running number comes from a sequence so two reports at once never collide.
create sequence incident_code_seq;
