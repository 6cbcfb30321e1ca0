#!/usr/bin/env bash
# Benchmarks the packaged service in the prod profile on the machine's PostgreSQL with wrk, against baselines
# measured in the same run: nginx serving the exact bytes of GET /articles/{slug} from a file (for reads and
# 304s), and pgbench committing the service's own insert statements for one question in one transaction (for
# POST /questions). Each figure is printed with its ratio to its baseline, and a last table says which of the
# targets (docs/benchmarks.md) each meets. Also measures start-up to the first 200 and resident memory.
#
#   src/bench/benchmark.sh                 # 10 s per measurement, each run twice, interleaved with nginx
#   DURATION=5s ROUNDS=1 src/bench/benchmark.sh
#
# Needs: wrk, nginx and pgbench (Debian packages wrk, nginx-light, postgresql-client; installed when missing and
# running as root), Java 17,
# and a PostgreSQL server (PGHOST/PGPORT/PGUSER, default 127.0.0.1:5432 as postgres, trust auth) on which it
# creates and drops a database of its own. It builds the production artifact if there is none.
set -euo pipefail
cd "$(dirname "$0")/../.."

duration=${DURATION:-10s}
rounds=${ROUNDS:-2}
port=${PORT:-19180}
nginx_port=$((port + 1))
pg_host=${PGHOST:-127.0.0.1} pg_port=${PGPORT:-5432} pg_user=${PGUSER:-postgres}
wrk_args=(-t2 -c32 -d"$duration" --latency)
slug=failed-back-surgery-syndrome-treatment-options

if ! command -v wrk >/dev/null || ! command -v nginx >/dev/null || ! command -v pgbench >/dev/null; then
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends wrk nginx-light \
    postgresql-client
fi
if [ ! -f target/quarkus-app/quarkus-run.jar ] || ls target/quarkus-app/lib/main | grep -qiE 'embedded-postgres|zonky'; then
  ./mvnw -B -ntp -q verify -Dproduction     # the production build, with the AOT cache where JDK 25 is installed
fi

work=$(mktemp -d)
database="clinic_bench_$$"
psql -q -h "$pg_host" -p "$pg_port" -U "$pg_user" -d postgres -c "create database $database"
cleanup() {
  [ -n "${app:-}" ] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null || true
  for pid in ${first_app:-} ${second_app:-} ${smtp:-}; do kill "$pid" 2>/dev/null || true; done
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  psql -q -h "$pg_host" -p "$pg_port" -U "$pg_user" -d postgres -c "drop database if exists $database" || true
  rm -rf "$work"
}
trap cleanup EXIT

export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$pg_host:$pg_port/$database"
export QUARKUS_DATASOURCE_USERNAME="$pg_user" QUARKUS_DATASOURCE_PASSWORD=unused
export CLINIC_NOTIFICATIONS_DEFAULT_INBOX=questions@clinic.test QUARKUS_MAILER_HOST=127.0.0.1 QUARKUS_MAILER_PORT=1
export CLINIC_CORS_ORIGINS=http://localhost:3000 CLINIC_NOTIFICATIONS_REVIEW_URL=http://localhost:8080/q/swagger-ui/
# The question form without its spam defences, so that the benchmark measures storing a question; the rate limit
# is switched on for a second measurement, with wrk as the trusted proxy that forwards many clients' addresses.
export CLINIC_QUESTIONS_CHALLENGE_ENABLED=false CLINIC_QUESTIONS_RATE_LIMIT_ENABLED=false
export CLINIC_QUESTIONS_RATE_LIMIT_KEY=benchmark-only-rate-limit-key-0123456789 CLINIC_TRUSTED_PROXIES=127.0.0.1
export QUARKUS_HTTP_PORT=$port QUARKUS_MANAGEMENT_PORT=$((port + 2))
# The mail relay is off while reads and posts are measured (their mails would only fail against port 1 and load the
# database); it is measured on its own at the end, against a real SMTP server.
export CLINIC_NOTIFICATIONS_RELAY_POLL_INTERVAL=off
base="http://127.0.0.1:$port"

# The service runs as its container image runs it: the image's start command (JDK 25, its AOT cache) and JVM options,
# with the JVM sizing itself for the memory limit the Kubernetes manifest gives it (as it would inside that container).
export PATH="/usr/lib/jvm/temurin-25-jdk-amd64/bin:$PATH"
read -r -a start_command <<<"$(sed -n 's/^ENTRYPOINT \[\(.*\)\]$/\1/p' docker/Dockerfile.jvm | tr -d '",')"
memory_limit=$(sed -n 's/^quarkus.kubernetes.resources.limits.memory=\([0-9]*\)Mi$/\1/p' src/main/resources/application.properties)
java_options="$(sed -n "s/^ENV .*JAVA_TOOL_OPTIONS='\([^']*\)'.*/\1/p" docker/Dockerfile.jvm) -XX:MaxRAM=${memory_limit}m"

# Starts the service; sets started_ms to the milliseconds from launch to the first 200 of GET /articles/{slug}.
start_service() {
  local t0 t1
  t0=$(date +%s%N)
  (cd target/quarkus-app && JAVA_TOOL_OPTIONS="$java_options" exec "${start_command[@]}") >"$work/service-$QUARKUS_HTTP_PORT.log" 2>&1 &
  app=$!
  until curl -fs -o /dev/null "$base/articles/$slug"; do
    kill -0 "$app" 2>/dev/null || { cat "$work/service-$QUARKUS_HTTP_PORT.log" >&2; echo "the service died" >&2; exit 1; }
    sleep 0.02
  done
  t1=$(date +%s%N)
  started_ms=$(((t1 - t0) / 1000000))
}
stop_service() { kill "$app"; wait "$app" 2>/dev/null || true; app=; }

start_service                  # migrates the empty database
first_start=$started_ms
stop_service
start_service                  # the start that counts: schema in place, as on every later deploy
startup=$started_ms
# The same start without the AOT cache, the baseline for what the cache does: file access and CPU on these machines
# vary by a factor of two within the hour, so only a ratio from one run means something.
stop_service
without_cache=("${start_command[@]}")
for i in "${!without_cache[@]}"; do [[ ${without_cache[$i]} == -XX:AOTCache=* ]] && unset 'without_cache[i]'; done
full_command=("${start_command[@]}")
start_command=("${without_cache[@]}")
start_service
startup_without_cache=$started_ms
stop_service
start_command=("${full_command[@]}")
start_service

# The baseline: nginx serves the article's exact bytes, with its own ETag for the 304 case.
curl -fs "$base/articles/$slug" >"$work/article.json"
cat >"$work/nginx.conf" <<EOF
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work; proxy_temp_path $work; fastcgi_temp_path $work; uwsgi_temp_path $work; scgi_temp_path $work;
  server {
    listen 127.0.0.1:$nginx_port;
    location = /article { default_type application/json; alias $work/article.json; }
  }
}
EOF
nginx -c "$work/nginx.conf"
for _ in $(seq 1 50); do curl -fs -o /dev/null "http://127.0.0.1:$nginx_port/article" && break; sleep 0.1; done

service_tag=$(curl -fsI "$base/articles/$slug" | tr -d '\r' | awk 'tolower($1)=="etag:" {print $2}')
nginx_tag=$(curl -fsI "http://127.0.0.1:$nginx_port/article" | tr -d '\r' | awk 'tolower($1)=="etag:" {print $2}')

# wrk's figures for one run: requests/s, p50 and p99 in ms, non-2xx/3xx count, requests.
measure() {
  local out
  out=$(wrk "${wrk_args[@]}" "$@")
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec:/ { rps = $2 }
    /^ +50%/ { p50 = ms($2) }
    /^ +99%/ { p99 = ms($2) }
    /requests in/ { n = $1 }
    /Non-2xx or 3xx/ { bad = $5 }
    END { printf "%.0f %.2f %.2f %d %d\n", rps, p50, p99, bad + 0, n }' <<<"$out"
}

declare -A rps p50 p99
# Runs a scenario against nginx and against the service, alternating, $rounds times, with the same wrk settings;
# keeps the mean of each side. Arguments: name, nginx path, service path, and the If-None-Match each sends (or -).
compare() {
  local name=$1 nginx_path=$2 service_path=$3 nginx_tag=$4 service_tag=$5
  local n_rps=0 n_50=0 n_99=0 s_rps=0 s_50=0 s_99=0 a b c bad
  local nginx_args=() service_args=()
  [ "$nginx_tag" = - ] || nginx_args=(-H "If-None-Match: $nginx_tag")
  [ "$service_tag" = - ] || service_args=(-H "If-None-Match: $service_tag")
  for _ in $(seq 1 "$rounds"); do
    read -r a b c _ _ <<<"$(measure "${nginx_args[@]}" "http://127.0.0.1:$nginx_port$nginx_path")"
    n_rps=$((n_rps + a)); n_50=$(echo "$n_50 + $b" | bc -l); n_99=$(echo "$n_99 + $c" | bc -l)
    read -r a b c bad _ <<<"$(measure "${service_args[@]}" "$base$service_path")"
    [ "$bad" = 0 ] || { echo "the service answered $bad requests of $name with an error" >&2; exit 1; }
    s_rps=$((s_rps + a)); s_50=$(echo "$s_50 + $b" | bc -l); s_99=$(echo "$s_99 + $c" | bc -l)
  done
  rps[$name]=$((s_rps / rounds)); p50[$name]=$(echo "$s_50 / $rounds" | bc -l); p99[$name]=$(echo "$s_99 / $rounds" | bc -l)
  rps[nginx-$name]=$((n_rps / rounds)); p50[nginx-$name]=$(echo "$n_50 / $rounds" | bc -l)
  p99[nginx-$name]=$(echo "$n_99 / $rounds" | bc -l)
}

echo "the service: ${start_command[*]} with JAVA_TOOL_OPTIONS=$java_options"
echo "start-up to the first 200: ${startup} ms; without the AOT cache ${startup_without_cache} ms (the first start, migrating an empty database: ${first_start} ms)"
echo "warming up the service"
wrk -t2 -c32 -d10s "$base/articles/$slug" >/dev/null
wrk -t2 -c32 -d5s "$base/articles" >/dev/null
wrk -t2 -c32 -d5s "$base/locations" >/dev/null
wrk -t2 -c32 -d5s -H "If-None-Match: $service_tag" "$base/articles/$slug" >/dev/null

echo "measuring: wrk ${wrk_args[*]}, $rounds round(s), nginx and the service in turn"
compare article /article "/articles/$slug" - -
compare revalidation /article "/articles/$slug" "$nginx_tag" "$service_tag"
compare articles /article /articles - -
compare locations /article /locations - -

# POST /questions: each request a new question with its own Idempotency-Key; every 202 must be stored.
# Keys are unique to each wrk run, the warm-up included (a repeated key gets the first answer and stores nothing).
# With FORWARD set, each request also comes from a client address of its own (X-Forwarded-For).
cat >"$work/post.lua" <<LUA
local run = "$$-$(date +%s%N)"
local threads = 0
local counter = 0
local body = '{"firstName": "Bench", "lastName": "Patient", "email": "bench@example.com", ' ..
  '"location": "oak-park", "question": "Could prolotherapy help with the pain in my lower back?", "website": ""}'
function setup(thread) threads = threads + 1; thread:set("tid", run .. "-" .. os.time() .. "-" .. threads);
  thread:set("tno", threads) end
function request()
  counter = counter + 1
  local headers = { ["Content-Type"] = "application/json", ["Idempotency-Key"] = "bench-" .. tid .. "-" .. counter }
  if os.getenv("FORWARD") then
    headers["X-Forwarded-For"] = string.format("10.%d.%d.%d", tno, math.floor(counter / 256) % 256, counter % 256)
  end
  return wrk.format("POST", "/questions", headers, body)
end
LUA
count_questions() { psql -qtAX -h "$pg_host" -p "$pg_port" -U "$pg_user" -d "$database" -c "select count(*) from question"; }
# Measures POST /questions after a warm-up; sets post_rps, post_50, post_99, accepted and stored.
measure_posts() {
  local post_bad post_n before
  wrk -t2 -c32 -d10s -s "$work/post.lua" "$base/questions" >/dev/null # warms up the write path as the reads were
  before=$(count_questions)
  read -r post_rps post_50 post_99 post_bad post_n <<<"$(measure -s "$work/post.lua" "$base/questions")"
  accepted=$((post_n - post_bad))
  stored=$(($(count_questions) - before))
  [ "$stored" -ge "$accepted" ] || { echo "FAIL: $accepted questions accepted but $stored stored" >&2; exit 1; }
}
measure_posts
read -r open_rps open_50 open_99 open_accepted open_stored <<<"$post_rps $post_50 $post_99 $accepted $stored"
rss_kb=$(ps -o rss= -p "$app" | tr -d ' ')
# Of it, pages of files (the jars, the AOT cache mapped from disk) and anonymous memory (heap, metaspace, code, threads).
rss_file_kb=$(awk '/^RssFile:/ {print $2}' "/proc/$app/status")
rss_anon_kb=$(awk '/^RssAnon:/ {print $2}' "/proc/$app/status")

# The database's own rate for what the service writes for one question, in one transaction, with its statements:
# the Idempotency-Key, the question, its staff mail (the same columns Hibernate writes), and the webhook deliveries of
# question.received (one INSERT ... SELECT that writes nothing while nobody subscribed).
office=$(psql -qtAX -h "$pg_host" -p "$pg_port" -U "$pg_user" -d "$database" -c "select id from location where slug = 'oak-park'")
cat >"$work/question.sql" <<SQL
\set a random(1, 9000000000000000000)
\set b random(1, 9000000000000000000)
BEGIN;
INSERT INTO question_idempotency_key (key, request_fingerprint, question_id, created_at) VALUES ('pgbench-' || :a || '-' || :b, md5(:a::text), (lpad(to_hex(:a), 16, '0') || lpad(to_hex(:b), 16, '0'))::uuid, now()) ON CONFLICT (key) DO NOTHING;
INSERT INTO question (id, status, first_name, last_name, email, phone, question_text, location_id, source_article, received_at, version, assignee, status_changed_at, erased_at) VALUES ((lpad(to_hex(:a), 16, '0') || lpad(to_hex(:b), 16, '0'))::uuid, 'NEW', 'Bench', 'Patient', 'bench@example.com', NULL, 'Could prolotherapy help with the pain in my lower back?', $office, NULL, now(), 0, NULL, now(), NULL);
INSERT INTO notification (id, question_id, kind, recipient, status, attempts, next_attempt_at, claim_token, last_error, created_at, sent_at) VALUES (gen_random_uuid(), (lpad(to_hex(:a), 16, '0') || lpad(to_hex(:b), 16, '0'))::uuid, 'STAFF_NOTIFICATION', 'questions@clinic.test', 'PENDING', 0, now(), NULL, NULL, now(), NULL);
INSERT INTO webhook_delivery (id, subscription_id, event_type, payload, status, next_attempt_at, created_at) SELECT gen_random_uuid(), id, 'question.received', '{}', 'PENDING', now(), now() FROM webhook_subscription WHERE enabled AND 'question.received' = any (events);
COMMIT;
SQL
pgbench_tps() { # clients
  pgbench -n -h "$pg_host" -p "$pg_port" -U "$pg_user" -c "$1" -j 2 -T "${duration%s}" -f "$work/question.sql" "$database" 2>&1 |
    awk '/^tps = / { printf "%.0f\n", $3 }'
}
pg_best=0
for clients in 8 16 32; do
  tps=$(pgbench_tps "$clients")
  echo "pgbench, $clients clients: $tps transactions/s"
  [ "$tps" -gt "$pg_best" ] && pg_best=$tps
done

# Again with the rate limit on, each request from an address of its own.
stop_service
CLINIC_QUESTIONS_RATE_LIMIT_ENABLED=true start_service
FORWARD=1 measure_posts
read -r limited_rps limited_50 limited_99 limited_accepted limited_stored <<<"$post_rps $post_50 $post_99 $accepted $stored"

stop_service

# The mail relay: a backlog of staff mails drains to a local SMTP server (GreenMail, from Maven Central) through two
# instances at once. Mails left from the posts above are set aside first; after a warm-up backlog of 1,000, the
# backlog is queued in one transaction while both instances run, and the clock stops when the last of it is
# recorded as sent.
backlog=${BACKLOG:-2000}
smtp_port=$((port + 5))
./mvnw -B -ntp -q dependency:copy -Dartifact=com.icegreen:greenmail-standalone:2.1.13 -DoutputDirectory="$work"
java -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$smtp_port" -Dgreenmail.auth.disabled \
  -jar "$work/greenmail-standalone-2.1.13.jar" >"$work/greenmail.log" 2>&1 &
smtp=$!
sql() { psql -qtAX -h "$pg_host" -p "$pg_port" -U "$pg_user" -d "$database" -c "$1"; }
sql "update notification set status = 'DEAD' where status = 'PENDING'" >/dev/null
export QUARKUS_MAILER_PORT=$smtp_port CLINIC_NOTIFICATIONS_RELAY_POLL_INTERVAL=1s
start_service
first_app=$app
QUARKUS_HTTP_PORT=$((port + 10)) QUARKUS_MANAGEMENT_PORT=$((port + 12)) base="http://127.0.0.1:$((port + 10))" start_service
second_app=$app
# Queues $2 staff mails to recipient $1 in one transaction and waits until all are sent; sets relay_sent and
# relay_seconds.
drain() {
  local t0 t1
  t0=$(date +%s%N)
  sql "with q as (
         insert into question (id, status, first_name, last_name, email, question_text, location_id, received_at,
                               version, status_changed_at)
         select gen_random_uuid(), 'NEW', 'Relay', 'Patient', 'relay@example.com', 'A question to measure the relay',
                $office, now(), 0, now() from generate_series(1, $2)
         returning id)
       insert into notification (id, question_id, kind, recipient, status, attempts, next_attempt_at, created_at)
       select gen_random_uuid(), id, 'STAFF_NOTIFICATION', '$1', 'PENDING', 0, now(), now() from q" >/dev/null
  relay_sent=0
  for _ in $(seq 1 1200); do
    relay_sent=$(sql "select count(*) from notification where recipient = '$1' and status = 'SENT'")
    [ "$relay_sent" -ge "$2" ] && break
    sleep 0.1
  done
  t1=$(date +%s%N)
  relay_seconds=$(echo "($t1 - $t0) / 1000000000" | bc -l)
}
drain relay-warm-up@clinic.test 1000 # warms up both instances, as the other scenarios are warmed up
drain relay-bench@clinic.test "$backlog"
relay_dead=$(sql "select count(*) from notification where recipient = 'relay-bench@clinic.test' and status = 'DEAD'")
relay_rate=$(echo "$relay_sent / $relay_seconds" | bc -l)
kill "$first_app" "$second_app" "$smtp" 2>/dev/null || true
wait "$first_app" "$second_app" "$smtp" 2>/dev/null || true
app=
[ "$relay_sent" -ge "$backlog" ] || { echo "FAIL: only $relay_sent of $backlog mails were sent ($relay_dead dead)" >&2; exit 1; }

ratio() { printf "%.3f" "$(echo "$1 / $2" | bc -l)"; }
line() { # label req/s ratio p50 p99 p99-ratio
  printf '%-30s %9d %8s %8.2f %8.2f %11s\n' "$@"
}
row() { # scenario baseline-scenario
  line "$1" "${rps[$1]}" "$(ratio "${rps[$1]}" "${rps[nginx-$2]}")" "${p50[$1]}" "${p99[$1]}" \
    "$(ratio "${p99[$1]}" "${p99[nginx-$2]}")"
}
printf '\n%-30s %9s %8s %8s %8s %11s\n' "wrk -t2 -c32" "req/s" "x nginx" "p50 ms" "p99 ms" "p99 x nginx"
line "nginx: the article's bytes" "${rps[nginx-article]}" 1.00 "${p50[nginx-article]}" "${p99[nginx-article]}" 1.00
line "nginx: 304" "${rps[nginx-revalidation]}" 1.00 "${p50[nginx-revalidation]}" "${p99[nginx-revalidation]}" 1.00
row article article
row revalidation revalidation
row articles article
row locations article
printf '\n%-30s %9d transactions/s (best of 8, 16 and 32 clients)\n' "pgbench: one question's inserts" "$pg_best"
printf '%-30s %9d req/s, p50 %.2f ms, p99 %.2f ms; %d answered 202, %d questions stored\n' \
  "POST /questions" "$open_rps" "$open_50" "$open_99" "$open_accepted" "$open_stored"
printf '%-30s %9d req/s, p50 %.2f ms, p99 %.2f ms; %d answered 202, %d questions stored\n' \
  "  with the rate limit on" "$limited_rps" "$limited_50" "$limited_99" "$limited_accepted" "$limited_stored"
printf '%-30s %9d ms (without the AOT cache %d ms: %s; the first start, migrating an empty database: %d ms)\n' \
  "start-up to the first 200" "$startup" "$startup_without_cache" "$(ratio "$startup" "$startup_without_cache")" \
  "$first_start"
printf '%-30s %9d MB (anonymous %d MB, mapped from files %d MB)\n' "resident memory after the run" "$((rss_kb / 1024))" \
  "$((rss_anon_kb / 1024))" "$((rss_file_kb / 1024))"
printf '%-30s %9.0f mails/s (%d mails, two instances, %d dead)\n' "mail relay, backlog drained" "$relay_rate" "$relay_sent" \
  "$relay_dead"

# One line per target: the figure, the target, met or missed.
target() { # label figure comparison target
  local verdict=missed
  if [ "$(echo "$2 $3 $4" | bc -l)" = 1 ]; then verdict=met; fi
  printf '%-40s %10s %4s %-8s %s\n' "$1" "$2" "$3" "$4" "$verdict"
}
printf '\n%-40s %10s %4s %-8s %s\n' "target" "figure" "" "target" "verdict"
target "start-up to the first 200 (ms)" "$startup" "<=" 1500
target "resident memory (MB)" "$((rss_kb / 1024))" "<=" 250
target "POST /questions x pgbench" "$(ratio "$open_rps" "$pg_best")" ">=" 0.35
target "POST /questions, rate limit on x pgbench" "$(ratio "$limited_rps" "$pg_best")" ">=" 0.25
target "304 x nginx's 304" "$(ratio "${rps[revalidation]}" "${rps[nginx-revalidation]}")" ">=" 0.8
target "GET /articles/{slug} x nginx" "$(ratio "${rps[article]}" "${rps[nginx-article]}")" ">=" 0.65
target "GET /articles x nginx" "$(ratio "${rps[articles]}" "${rps[nginx-article]}")" ">=" 0.65
target "GET /locations x nginx" "$(ratio "${rps[locations]}" "${rps[nginx-article]}")" ">=" 0.65
target "mail relay (mails/s)" "$(printf '%.0f' "$relay_rate")" ">=" 200
