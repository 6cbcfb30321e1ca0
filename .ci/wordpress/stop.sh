#!/usr/bin/env bash
# Stops the nginx and php-fpm that .ci/wordpress/start.sh started for OUTDIR, by their pid files there.
# Leaves MariaDB, the database and OUTDIR's files alone. Usage: .ci/wordpress/stop.sh OUTDIR
set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 OUTDIR" >&2
  exit 2
fi
[ -d "$1" ] || exit 0
outdir=$(cd "$1" && pwd -P)

# Running: there, and not a zombie waiting for this machine's init to reap it.
running() { [ -e "/proc/$1" ] && ! grep -q '^[0-9]* ([^)]*) Z' "/proc/$1/stat" 2>/dev/null; }

# stop NAME PIDFILE EXE-PATTERN: TERM the master whose pid is in PIDFILE (if it is still that program), wait, then KILL.
stop() {
  local name=$1 pidfile=$2 pattern=$3 pid exe
  [ -f "$pidfile" ] || return 0
  pid=$(tr -dc '0-9' <"$pidfile")
  exe=$(readlink "/proc/$pid/exe" 2>/dev/null || true)
  if [ -n "$pid" ] && [[ $exe == $pattern ]]; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 100); do running "$pid" || break; sleep 0.1; done
    if running "$pid"; then
      echo "wordpress: $name ($pid) did not stop on TERM; killing it" >&2
      kill -KILL "$pid" 2>/dev/null || true
    fi
    echo "wordpress: stopped $name ($pid)"
  fi
  rm -f "$pidfile"
}

stop nginx "$outdir/nginx.pid" '/usr/sbin/nginx*'
stop php-fpm "$outdir/php-fpm.pid" '/usr/sbin/php-fpm*'
rm -f "$outdir/php-fpm.sock"
