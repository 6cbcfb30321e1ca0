#!/usr/bin/env bash
# Benchmarks the packaged service in the prod profile on the machine's PostgreSQL with wrk, against a baseline
# measured in the same run: nginx serving the exact bytes of GET /articles/{slug} from a file. Each figure is
# printed with its ratio to nginx. Also measures start-up to the first 200 and resident memory after the run.
#
#   src/bench/benchmark.sh                 # 10 s per measurement, each run twice, interleaved with nginx
#   DURATION=5s ROUNDS=1 src/bench/benchmark.sh
#
# Needs: wrk and nginx (Debian packages wrk and nginx-light; installed when missing and running as root), Java 17,
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

if ! command -v wrk >/dev/null || ! command -v nginx >/dev/null; then
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends wrk nginx-light
fi
if [ ! -f target/quarkus-app/quarkus-run.jar ] || ls target/quarkus-app/lib/main | grep -qiE 'embedded-postgres|zonky'; then
  ./mvnw -B -ntp -q package -DskipTests -Dproduction
fi

work=$(mktemp -d)
database="clinic_bench_$$"
psql -q -h "$pg_host" -p "$pg_port" -U "$pg_user" -d postgres -c "create database $database"
cleanup() {
  [ -n "${app:-}" ] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null || true
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  psql -q -h "$pg_host" -p "$pg_port" -U "$pg_user" -d postgres -c "drop database if exists $database" || true
  rm -rf "$work"
}
trap cleanup EXIT

export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$pg_host:$pg_port/$database"
export QUARKUS_DATASOURCE_USERNAME="$pg_user" QUARKUS_DATASOURCE_PASSWORD=unused
export CLINIC_NOTIFICATIONS_DEFAULT_INBOX=questions@clinic.test QUARKUS_MAILER_HOST=127.0.0.1 QUARKUS_MAILER_PORT=1
export CLINIC_CORS_ORIGINS=http://localhost:3000 CLINIC_NOTIFICATIONS_REVIEW_URL=http://localhost:8080/q/swagger-ui/
# The question form without its spam defences, so that the benchmark measures storing a question.
export CLINIC_QUESTIONS_CHALLENGE_ENABLED=false CLINIC_QUESTIONS_RATE_LIMIT_ENABLED=false
export QUARKUS_HTTP_PORT=$port QUARKUS_MANAGEMENT_PORT=$((port + 2))
base="http://127.0.0.1:$port"

# The service runs as its container image runs it: the image's start command and JVM options, with the JVM sizing
# itself for the memory limit the Kubernetes manifest gives it (as it would inside that container).
read -r -a start_command <<<"$(sed -n 's/^ENTRYPOINT \[\(.*\)\]$/\1/p' docker/Dockerfile.jvm | tr -d '",')"
memory_limit=$(sed -n 's/^quarkus.kubernetes.resources.limits.memory=\([0-9]*\)Mi$/\1/p' src/main/resources/application.properties)
java_options="$(sed -n "s/^ENV .*JAVA_TOOL_OPTIONS='\([^']*\)'.*/\1/p" docker/Dockerfile.jvm) -XX:MaxRAM=${memory_limit}m"

# Starts the service; sets started_ms to the milliseconds from launch to the first 200 of GET /articles/{slug}.
start_service() {
  local t0 t1
  t0=$(date +%s%N)
  (cd target/quarkus-app && JAVA_TOOL_OPTIONS="$java_options" exec "${start_command[@]}") >"$work/service.log" 2>&1 &
  app=$!
  until curl -fs -o /dev/null "$base/articles/$slug"; do
    kill -0 "$app" 2>/dev/null || { cat "$work/service.log" >&2; echo "the service died" >&2; exit 1; }
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
echo "start-up to the first 200: ${startup} ms (the first start, migrating an empty database: ${first_start} ms)"
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
cat >"$work/post.lua" <<LUA
local run = "$$-$(date +%s%N)"
local threads = 0
local counter = 0
local body = '{"firstName": "Bench", "lastName": "Patient", "email": "bench@example.com", ' ..
  '"location": "oak-park", "question": "Could prolotherapy help with the pain in my lower back?", "website": ""}'
function setup(thread) threads = threads + 1; thread:set("tid", run .. "-" .. os.time() .. "-" .. threads) end
function request()
  counter = counter + 1
  return wrk.format("POST", "/questions", { ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = "bench-" .. tid .. "-" .. counter }, body)
end
LUA
count_questions() { psql -qtAX -h "$pg_host" -p "$pg_port" -U "$pg_user" -d "$database" -c "select count(*) from question"; }
wrk -t2 -c32 -d10s -s "$work/post.lua" "$base/questions" >/dev/null # warms up the write path as the reads were
before=$(count_questions)
read -r post_rps post_50 post_99 post_bad post_n <<<"$(measure -s "$work/post.lua" "$base/questions")"
accepted=$((post_n - post_bad))
stored=$(($(count_questions) - before))
rss_kb=$(ps -o rss= -p "$app" | tr -d ' ')

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
printf '\n%-30s %9d req/s, p50 %.2f ms, p99 %.2f ms; %d of %d answered 202, %d questions stored\n' \
  "POST /questions" "$post_rps" "$post_50" "$post_99" "$accepted" "$post_n" "$stored"
printf '%-30s %9d ms\n' "start-up to the first 200" "$startup"
printf '%-30s %9d MB\n' "resident memory after the run" "$((rss_kb / 1024))"
[ "$stored" -ge "$accepted" ] || { echo "FAIL: $accepted questions accepted but $stored stored" >&2; exit 1; }
