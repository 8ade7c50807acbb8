#!/usr/bin/env bash
# The services the tests talk to over real connections: PostgreSQL for the PostgreSQL store's
# tests (TEST_DATABASE_URL). Sourced by ./bordduk before the tests. Starts a local cluster that
# is installed but down; on a machine without one (as root, with apt-get), installs Debian's
# package and lets the test user in from 127.0.0.1 without a password, as on the CI machines.
# No `set -e` here: this file is sourced.

: "${TEST_DATABASE_URL:=postgres://postgres@127.0.0.1:5432/postgres}"
export TEST_DATABASE_URL

postgres_answers() {
  command -v pg_isready >/dev/null 2>&1 && pg_isready -q -t 3 -d "$TEST_DATABASE_URL"
}

ensure_postgres() {
  postgres_answers && return 0
  case "$TEST_DATABASE_URL" in
    *@127.0.0.1[:/]* | *@localhost[:/]*) ;;
    *)
      echo "bordduk: PostgreSQL at TEST_DATABASE_URL does not answer, and it is not on this machine to start" >&2
      return 1
      ;;
  esac
  if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "bordduk: installing PostgreSQL from Debian's packages for the store tests" >&2
      apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2 || return 1
      for hba in /etc/postgresql/*/main/pg_hba.conf; do
        # A throwaway test cluster: the postgres user may connect over loopback without a password.
        grep -q '^host all postgres 127.0.0.1/32 trust' "$hba" ||
          sed -i '1i host all postgres 127.0.0.1/32 trust' "$hba"
      done
    else
      echo "bordduk: the store tests need PostgreSQL: install Debian's 'postgresql' package or set TEST_DATABASE_URL" >&2
      return 1
    fi
  fi
  local version
  for version in $(ls /etc/postgresql 2>/dev/null); do
    echo "bordduk: starting PostgreSQL $version (it was down)" >&2
    pg_ctlcluster --skip-systemctl-redirect "$version" main start >&2 ||
      pg_ctlcluster --skip-systemctl-redirect "$version" main reload >&2 || true
  done
  local waited=0
  until postgres_answers; do
    if [ "$waited" -ge 30 ]; then
      echo "bordduk: PostgreSQL did not answer within 30 s at $TEST_DATABASE_URL" >&2
      return 1
    fi
    sleep 1
    waited=$((waited + 1))
  done
}

# The cluster tests run Redis servers of their own (redis-server on free ports, so they can kill
# and restart them) and Debian's nginx in front of two instances: both binaries must be here.
ensure_debian_binary() {
  local binary=$1 package=$2
  command -v "$binary" >/dev/null 2>&1 && return 0
  [ -x "/usr/sbin/$binary" ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "bordduk: installing $package from Debian's packages for the cluster tests" >&2
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >&2
  else
    echo "bordduk: the cluster tests need $binary: install Debian's '$package' package" >&2
    return 1
  fi
}

ensure_cluster_tools() {
  ensure_debian_binary redis-server redis-server || return 1
  ensure_debian_binary nginx nginx || return 1
  # A fresh nginx package starts its own server on port 80; the tests run their own.
  export PATH="$PATH:/usr/sbin"
}
