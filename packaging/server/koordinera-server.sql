-- SPDX-License-Identifier: GPL-3.0-or-later
-- Koordinera on a region's PostgreSQL server (15 or later): what the region's DBA makes before the first coordinator
-- signs in. Run as a superuser, with the owner's password given on the command line:
--
--   psql -v ON_ERROR_STOP=1 -v owner_password='…' -f koordinera-server.sql
--
-- Then, signed in as the owner, Koordinera makes its tables, row-level security and rights (the password on
-- standard input):
--
--   koordinera server prepare --host db.region.se --database koordinera --user koordinera_owner --ca region-ca.pem
--
-- and the DBA adds the units and the coordinators (the end of this file shows how). The server must take only TLS
-- connections with passwords (or client certificates) for these roles, in pg_hba.conf for example:
--
--   hostssl koordinera +koordinera_coordinator 0.0.0.0/0 scram-sha-256
--   hostssl koordinera koordinera_owner        10.0.0.0/8 scram-sha-256

-- Owns the database and its schema; Koordinera's schema steps run signed in as it. Nobody works as it day to day.
CREATE ROLE koordinera_owner LOGIN PASSWORD :'owner_password';
-- The rights every coordinator has: each coordinator signs in as a role of their own, a member of this one.
CREATE ROLE koordinera_coordinator NOLOGIN;

CREATE DATABASE koordinera OWNER koordinera_owner ENCODING 'UTF8' LOCALE 'C.UTF-8' TEMPLATE template0;
\connect koordinera
-- Only the owner makes objects; the coordinators reach the tables it grants them.
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO koordinera_coordinator;

-- After `koordinera server prepare`: a unit, and a coordinator who works in it (as a superuser or the owner).
--
--   INSERT INTO units (code, name) VALUES ('VC-EKBACKEN', 'Vårdcentralen Ekbacken');
--   INSERT INTO units (code, name, profile) VALUES ('KOMMUN-FAMILJ', 'Föräldrakoordinatorerna', 'family');
--   CREATE ROLE anna_lindberg LOGIN PASSWORD '…' IN ROLE koordinera_coordinator;
--   INSERT INTO grants (role, unit) VALUES ('anna_lindberg', 'VC-EKBACKEN');
--
-- A unit that kept its cases in a sealed file moves them in before anyone works in it, signed in as the owner (the
-- file's passphrase, then the password, on standard input):
--
--   koordinera server import --db ekbacken.kdb --server db.region.se/koordinera --user koordinera_owner \
--       --ca region-ca.pem --unit VC-EKBACKEN
--
-- A coordinator sees and changes only the rows of the unit their connection names, and only when granted it. No
-- coordinator can change or remove an entry of the access log.
