-- Run once by the database's administrator (docker-compose.yml mounts it as an init script):
-- the team server checks for the extension and never creates it itself (docs/team.md).
CREATE EXTENSION IF NOT EXISTS vector;
