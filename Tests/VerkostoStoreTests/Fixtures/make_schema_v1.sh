#!/bin/sh
# Makes schema-v1.sqlite: Tests/Fixtures/small imported by Verkosto as it was before schema 2
# (main at 52cb1c3, the last commit with schema 1), for the migration test (SchemaTests).
# Run from the package root with that version's binary:
#   git worktree add /tmp/verkosto-v1 52cb1c3 && (cd /tmp/verkosto-v1 && swift build --product verkosto)
#   sh Tests/VerkostoStoreTests/Fixtures/make_schema_v1.sh /tmp/verkosto-v1/.build/debug/verkosto
set -eu
binary=$1
out=Tests/VerkostoStoreTests/Fixtures/schema-v1.sqlite
rm -f "$out" "$out-wal" "$out-shm"
"$binary" import Tests/Fixtures/small --db "$out"
sqlite3 "$out" "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;" > /dev/null
rm -f "$out-wal" "$out-shm"
sqlite3 "$out" "PRAGMA user_version"
