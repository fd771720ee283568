#!/usr/bin/env bash
# What the test suite needs beyond npm packages: a PostgreSQL server on 127.0.0.1:5432 and
# Debian's Chromium for the browser tests. Installs/starts them when missing (root, Debian).
set -uo pipefail
need_apt_update=1
apt_install() {
  if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null; then
    echo "ensure-env: cannot install $* (need root and apt-get); install it yourself" >&2
    return 1
  fi
  if [ $need_apt_update = 1 ]; then apt-get update -qq >/dev/null 2>&1 || true; need_apt_update=0; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

if ! command -v pg_isready >/dev/null || ! ls /etc/postgresql >/dev/null 2>&1; then
  echo "ensure-env: installing PostgreSQL"
  apt_install postgresql postgresql-client
fi
if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  echo "ensure-env: starting PostgreSQL"
  ver=$(ls /etc/postgresql | sort -V | tail -1)
  pg_ctlcluster --skip-systemctl-redirect "$ver" main start || true
  for i in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
fi
if ! psql -h 127.0.0.1 -U postgres -d postgres -tAc 'select 1' >/dev/null 2>&1; then
  echo "ensure-env: PostgreSQL at 127.0.0.1:5432 does not accept user postgres without a password (trust auth expected)" >&2
fi
if [ ! -x /usr/bin/chromium ]; then
  echo "ensure-env: installing Debian chromium"
  apt_install chromium
fi
# Chinese glyphs for the browser (screenshots are looked at by people).
if ! fc-list 2>/dev/null | grep -qi 'cjk\|wqy\|droid sans fallback'; then
  echo "ensure-env: installing CJK fonts"
  apt_install fonts-noto-cjk
fi
exit 0
