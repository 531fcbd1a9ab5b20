-- One database per service (DESIGN §1), plus the gateway's accounts. A copy of deploy/compose/postgres-init.sql
-- (kustomize reads files only below its own folder).
CREATE DATABASE catalogue;
CREATE DATABASE intake;
CREATE DATABASE approval;
CREATE DATABASE bidding;
CREATE DATABASE disclosure;
CREATE DATABASE supervision;
CREATE DATABASE accounts;
