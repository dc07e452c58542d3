#!/usr/bin/env bash
# `npm run pg-client:build`: a pg_dump / pg_restore at least as new as the app's PostgreSQL
# (17), for `npm run backup` and its test, on machines whose own packages stop at an older
# major (Debian 12 has 15). Where the distribution has postgresql-client-17 (Debian 13), it
# is installed from there. Otherwise only libpq, pg_dump and pg_restore are built from
# Debian's source package of PostgreSQL 17 (or of the newest major in unstable; pg_dump
# dumps older servers) into .tools/postgresql. Takes about 2 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/../.."
want="${PG_CLIENT_MIN_MAJOR:-17}"
prefix="$PWD/.tools/postgresql"

major_of() { "$1" --version | sed -E 's/.*\(PostgreSQL\) ([0-9]+).*/\1/'; }
for candidate in "$prefix/bin/pg_dump" /usr/lib/postgresql/*/bin/pg_dump; do
  if [ -x "$candidate" ] && [ "$(major_of "$candidate")" -ge "$want" ]; then
    echo "pg_dump $(major_of "$candidate") found: $candidate"
    exit 0
  fi
done
if [ "$(id -u)" != 0 ]; then
  echo "No pg_dump >= $want. Install postgresql-client-$want, or run this as root to build one." >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
if apt-cache show "postgresql-client-$want" >/dev/null 2>&1; then
  apt-get install -y -qq "postgresql-client-$want" >/dev/null
  echo "Installed postgresql-client-$want."
  exit 0
fi
apt-get install -y -qq bison flex gcc make libssl-dev zlib1g-dev >/dev/null

# The source comes from the machine's own Debian archive, with newer suites in a private
# apt configuration: the system's package lists are left alone.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
archive="$(awk '/^URIs:/ { print $2; exit }' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)"
archive="${archive:-$(awk '$1 == "deb" && $0 !~ /security/ { print $2; exit }' /etc/apt/sources.list)}"
mkdir -p "$work/lists/partial" "$work/cache/archives/partial" "$work/src"
for suite in trixie sid; do
  echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $archive $suite main"
done > "$work/sources.list"
apt_private=(-o APT::Sandbox::User=root -o "Dir::Etc::sourcelist=$work/sources.list" -o Dir::Etc::sourceparts=- -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache")
apt-get "${apt_private[@]}" update -qq
cd "$work/src"
fetched=""
for source in "postgresql-$want" postgresql-18 postgresql-19; do
  if apt-get "${apt_private[@]}" source --download-only "$source" >/dev/null 2>&1; then fetched="$source"; break; fi
  rm -f ./*
done
[ -n "$fetched" ] || { echo "No PostgreSQL source package could be fetched." >&2; exit 1; }
tar xf ./*.orig.tar.*
cd postgresql-*/
echo "Building pg_dump and pg_restore from $(basename "$PWD") ..."
./configure --prefix="$prefix" --without-readline --without-icu --with-zlib --with-ssl=openssl >"$work/configure.log" 2>&1 \
  || { tail -20 "$work/configure.log" >&2; exit 1; }
make_quiet() { make -s -j"$(nproc)" "$@" >>"$work/make.log" 2>&1 || { tail -30 "$work/make.log" >&2; exit 1; }; }
make_quiet -C src/backend generated-headers
for dir in src/common src/port src/interfaces/libpq src/fe_utils src/bin/pg_dump; do make_quiet -C "$dir"; done
make_quiet -C src/interfaces/libpq install
make_quiet -C src/bin/pg_dump install
echo "pg_dump $(major_of "$prefix/bin/pg_dump") installed in $prefix/bin"
