-- One database per service (DESIGN §1: each service owns its database), plus the gateway's accounts.
CREATE DATABASE catalogue;
CREATE DATABASE intake;
CREATE DATABASE approval;
CREATE DATABASE bidding;
CREATE DATABASE disclosure;
CREATE DATABASE supervision;
CREATE DATABASE accounts;
