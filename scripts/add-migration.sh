#!/usr/bin/env bash
# Adds a migration with the same name for both providers (SQLite and SQL Server).
# Usage: scripts/add-migration.sh AddSomething
set -euo pipefail
name="${1:?Usage: scripts/add-migration.sh MigrationName}"
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet build src/MspCaseManager.Web -v q -nologo
for provider in Sqlite SqlServer; do
  dotnet ef migrations add "$name" --no-build \
    --project "src/MspCaseManager.Data.$provider" \
    --startup-project src/MspCaseManager.Web \
    --context MspDbContext \
    --output-dir Migrations \
    -- --Database:Provider="$provider" --ConnectionStrings:Default="$( [ "$provider" = Sqlite ] && echo 'Data Source=design-time.db' || echo 'Server=design-time;Database=design-time;Trusted_Connection=True;TrustServerCertificate=True' )"
done
# Rebuild so the migrations assemblies contain what was just generated.
dotnet build src/MspCaseManager.Web -v q -nologo
