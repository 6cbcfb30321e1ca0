#!/usr/bin/env bash
# The fault drill (see FaultDrill.java): two instances of the packaged service on one PostgreSQL database and
# one GreenMail SMTP server; questions arrive across both while SMTP goes down and one instance is SIGKILLed and
# restarted. Prints what was acknowledged, stored and delivered; exits non-zero on any loss.
#
#   src/bench/fault-drill.sh                      # 2,000 questions over 60 s (the default size)
#   QUESTIONS=200 SECONDS_=20 src/bench/fault-drill.sh
#
# Needs: a PostgreSQL server (PGHOST/PGPORT/PGUSER, default 127.0.0.1:5432 as postgres, trust auth) on which it
# creates and drops a database of its own, and Java 17. It builds the production artifact if there is none.
set -euo pipefail
cd "$(dirname "$0")/../.."

questions=${QUESTIONS:-2000}
seconds=${SECONDS_:-60}
clients=${CLIENTS:-16}
port=${PORT:-19080}
pg_host=${PGHOST:-127.0.0.1} pg_port=${PGPORT:-5432} pg_user=${PGUSER:-postgres}

if [ ! -f target/quarkus-app/quarkus-run.jar ] || ls target/quarkus-app/lib/main | grep -qiE 'embedded-postgres|zonky'; then
  ./mvnw -B -ntp -q verify -Dproduction     # the production build, with the AOT cache where JDK 25 is installed
fi
mkdir -p target/bench
for artifact in com.icegreen:greenmail-standalone:2.1.13 org.postgresql:postgresql:42.7.9; do
  ./mvnw -B -ntp -q dependency:copy -Dartifact="$artifact" -DoutputDirectory=target/bench
done

database="clinic_drill_$$"
psql -q -h "$pg_host" -p "$pg_port" -U "$pg_user" -d postgres -c "create database $database"
trap 'psql -q -h "$pg_host" -p "$pg_port" -U "$pg_user" -d postgres -c "drop database if exists $database" || true' EXIT
rm -f target/bench/fault-drill-*.log

status=0
java -cp "target/bench/greenmail-standalone-2.1.13.jar:target/bench/postgresql-42.7.9.jar" src/bench/FaultDrill.java \
  --app target/quarkus-app --logs target/bench \
  --jdbc "jdbc:postgresql://$pg_host:$pg_port/$database" --db-user "$pg_user" \
  --questions "$questions" --seconds "$seconds" --clients "$clients" --port "$port" || status=$?
if [ "$status" -ne 0 ]; then
  # What the relays logged, so that a failure in CI can be read without the logs: the log names notifications by
  # id only, never a recipient or a question. Warnings are counted per second and kind; errors are shown.
  for instance in a b; do
    echo "--- instance $instance: relay warnings per second, and errors"
    grep -h '"level":"\(WARN\|ERROR\)"' "target/bench/fault-drill-$instance.log" \
      | sed -E 's/.*"timestamp":"[0-9-]+T([0-9:]+)[^"]*".*"loggerName":"([^"]*)".*"message":"([^"]{0,120}).*/\1 \2 \3/' \
      | sed -E 's/[0-9a-f]{8}-[0-9a-f-]{27}/<id>/g' | sort | uniq -c | tail -n 40 || true
  done
fi
exit "$status"
