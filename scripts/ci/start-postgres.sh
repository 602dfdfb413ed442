#!/usr/bin/env bash
# Starts the local PostgreSQL cluster (Debian's postgresql package) and makes sure the role "eucaim" (password
# "eucaim") and the database "eucaim_test" exist, so that the node's tests can run against PostgreSQL:
#   EUCAIM_TEST_PG_URL='jdbc:postgresql://127.0.0.1:5432/eucaim_test?user=eucaim&password=eucaim'
# Idempotent; run as root. Prints nothing but errors.
set -euo pipefail

PG_VERSION="${PG_VERSION:-15}"
PG_CLUSTER="${PG_CLUSTER:-main}"

fail() {
    echo "start-postgres.sh: $*" >&2
    exit 1
}

command -v pg_lsclusters >/dev/null || fail "PostgreSQL is not installed (apt-get install -y postgresql)"

cluster_line() {
    pg_lsclusters --no-header | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1 == v && $2 == c'
}

if [ -z "$(cluster_line)" ]; then
    pg_createcluster "$PG_VERSION" "$PG_CLUSTER" >/dev/null || fail "cannot create cluster $PG_VERSION/$PG_CLUSTER"
fi
if [ "$(cluster_line | awk '{print $4}')" != "online" ]; then
    pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start || fail "cannot start cluster $PG_VERSION/$PG_CLUSTER"
fi
PG_PORT="$(cluster_line | awk '{print $3}')"

ready=""
for _ in $(seq 1 60); do
    if pg_isready -q -h 127.0.0.1 -p "$PG_PORT"; then
        ready=yes
        break
    fi
    sleep 0.5
done
[ -n "$ready" ] || fail "PostgreSQL $PG_VERSION/$PG_CLUSTER did not accept connections on 127.0.0.1:$PG_PORT within 30 s"

psql_admin() {
    runuser -u postgres -- psql -p "$PG_PORT" -qAtX -v ON_ERROR_STOP=1 "$@"
}

psql_admin -c "DO \$\$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'eucaim') THEN
        CREATE ROLE eucaim LOGIN PASSWORD 'eucaim';
    END IF;
END \$\$;" >/dev/null

if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = 'eucaim_test'")" != "1" ]; then
    psql_admin -c "CREATE DATABASE eucaim_test OWNER eucaim" >/dev/null
fi
