#!/usr/bin/env bash
# Takes a consistent backup of the SQLite database, safe while the app is running.
#
# Usage: scripts/backup-sqlite.sh [DATABASE] [BACKUP]
#   DATABASE  the app's database file (default: src/MspCaseManager.Web/data/mspcasemanager.db)
#   BACKUP    the file to write; it must not exist yet
#             (default: backups/mspcasemanager-<UTC date and time>.db)
#
# SQLite's VACUUM INTO writes a complete, compacted copy from one read transaction: the copy is
# the database as it was at one instant, whatever the app writes meanwhile (copying the file
# itself could catch a write half done). The copy is checked with PRAGMA integrity_check before
# it is given its final name. Needs the sqlite3 command (Debian package sqlite3).
set -euo pipefail

database="${1:-src/MspCaseManager.Web/data/mspcasemanager.db}"
backup="${2:-backups/mspcasemanager-$(date -u +%Y%m%dT%H%M%SZ).db}"

command -v sqlite3 >/dev/null || { echo "sqlite3 is not installed (apt-get install sqlite3)" >&2; exit 1; }
[ -f "$database" ] || { echo "No database at $database" >&2; exit 1; }
[ ! -e "$backup" ] || { echo "$backup already exists; choose another name" >&2; exit 1; }

mkdir -p "$(dirname "$backup")"
partial="$backup.partial"
rm -f "$partial"
trap 'rm -f "$partial"' EXIT

# A single quote in the path is doubled for SQL. The database is in write-ahead-log mode, so the
# copy reads a snapshot while the app goes on writing. (VACUUM INTO never changes its source; the
# database is not opened -readonly because SQLite cannot read a write-ahead log that way when the
# app is not running.)
sqlite3 -bail "$database" ".timeout 30000" "VACUUM INTO '${partial//\'/\'\'}'"

check="$(sqlite3 "$partial" "PRAGMA integrity_check")"
if [ "$check" != "ok" ]; then
  echo "The backup failed its integrity check: $check" >&2
  exit 1
fi

mv "$partial" "$backup"
trap - EXIT
echo "Backed up $database to $backup"
