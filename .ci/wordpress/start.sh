#!/usr/bin/env bash
# Starts a real WordPress (Debian's package) on http://127.0.0.1:PORT, seeded with a spine and pain clinic's test
# content, and writes the site's WXR export to OUTDIR/export.xml. Usage: .ci/wordpress/start.sh PORT OUTDIR
#
# Re-runnable: each run stops the nginx and php-fpm that an earlier run left in OUTDIR, drops and re-creates the
# database and the uploaded files, and seeds the same content again, so the ids and URLs are the same every run.
# Runs its own php-fpm (unix socket in OUTDIR) and its own nginx (127.0.0.1:PORT only); .ci/wordpress/stop.sh OUTDIR
# stops them. MariaDB is the machine's (127.0.0.1:3306), started if it is not running, never stopped.
# Must run as root (apt-get, /etc/wordpress). See .ci/wordpress/README.md for what the site contains.
set -euo pipefail

if [ $# -ne 2 ] || ! [[ $1 =~ ^[0-9]+$ ]] || [ "$1" -lt 1024 ] || [ "$1" -gt 65535 ]; then
  echo "usage: $0 PORT OUTDIR   (PORT 1024-65535)" >&2
  exit 2
fi
[ "$(id -u)" -eq 0 ] || { echo "FAIL: $0 must run as root" >&2; exit 1; }

port=$1
mkdir -p "$2"
outdir=$(cd "$2" && pwd -P)
# OUTDIR goes into PHP and nginx configuration files unquoted: plain path characters only.
if ! [[ $outdir =~ ^/[A-Za-z0-9._/+-]+$ ]]; then
  echo "FAIL: OUTDIR must be a path of letters, digits and ._+-/ other than /: $outdir" >&2
  exit 1
fi
here=$(cd "$(dirname "$0")" && pwd -P)
site_url="http://127.0.0.1:$port"
db_name=wordpress_ci
db_user=wordpress_ci
wp_config=/etc/wordpress/config-127.0.0.1.php   # what Debian's wp-config.php loads for Host 127.0.0.1[:port]
started=$SECONDS

say() { printf 'wordpress: %s\n' "$*" >&2; }
fail() { printf 'FAIL: wordpress: %s\n' "$*" >&2; exit 1; }

# --- Packages: only what is missing; apt-get update only then -------------------------------------------------------
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
mariadb_up() {
  mariadb-admin --protocol=socket -uroot ping >/dev/null 2>&1 \
    || mariadb-admin -h127.0.0.1 -P3306 -uroot ping >/dev/null 2>&1 \
    || (exec 3<>/dev/tcp/127.0.0.1/3306) 2>/dev/null
}
missing=()
# wordpress-theme-twentytwentythree is the theme WordPress 6.1 installs as its default (a Recommends of wordpress).
for package in wordpress wordpress-theme-twentytwentythree php-fpm php-mysql php-gd nginx curl; do
  installed "$package" || missing+=("$package")
done
if ! mariadb_up && ! [ -x /usr/sbin/mariadbd ]; then
  missing+=(mariadb-server mariadb-client)
fi
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]}"
  # Packages must not start their services (nginx's would listen on port 80): on machines without a policy-rc.d,
  # one that denies every start is put in place for the length of the install only.
  policy=/usr/sbin/policy-rc.d
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy"
    chmod 755 "$policy"
    trap 'rm -f "$policy"' EXIT
  fi
  # Their output goes to stderr: stdout carries only the two KEY=value lines at the end.
  apt-get update -q >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
  if [ -n "$(trap -p EXIT)" ]; then rm -f "$policy"; trap - EXIT; fi
fi
php_fpm=$(compgen -G '/usr/sbin/php-fpm[0-9]*' | sort -V | tail -n 1) || true
[ -x "$php_fpm" ] || fail "no php-fpm binary in /usr/sbin"

# --- MariaDB: the machine's; started (without systemd) when it is not running ---------------------------------------
if ! mariadb_up; then
  say "starting MariaDB"
  install -d -o mysql -g mysql /run/mysqld
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
  for _ in $(seq 60); do mariadb_up && break; sleep 1; done
  mariadb_up || fail "MariaDB did not start"
fi
# As root over the socket (unix_socket auth on a fresh install), else root with no password over TCP.
if mariadb --protocol=socket -uroot -e 'SELECT 1' >/dev/null 2>&1; then
  sql() { mariadb --protocol=socket -uroot "$@"; }
elif mariadb -h127.0.0.1 -P3306 -uroot -e 'SELECT 1' >/dev/null 2>&1; then
  sql() { mariadb -h127.0.0.1 -P3306 -uroot "$@"; }
else
  fail "cannot log in to MariaDB as root (socket, or 127.0.0.1:3306 without a password)"
fi

# --- A clean slate: the earlier run's servers, files and database ---------------------------------------------------
# One such site per machine (one database, one $wp_config): the servers of an earlier run with another OUTDIR stop too.
previous=$(sed -n 's|^// OUTDIR=||p' "$wp_config" 2>/dev/null || true)
if [ -n "$previous" ] && [ "$previous" != "$outdir" ]; then
  "$here/stop.sh" "$previous" >&2
fi
"$here/stop.sh" "$outdir" >/dev/null
if command -v ss >/dev/null && ss -Hltn "sport = :$port" | grep -q .; then
  fail "port $port is already taken: $(ss -Hltnp "sport = :$port" | tr -s ' ' | head -n 1)"
fi
rm -rf "$outdir/wp-content" "$outdir/nginx-tmp"
rm -f "$outdir"/{nginx.conf,php-fpm.conf,nginx-error.log,nginx-access.log,php-fpm.log,php-error.log,export.xml}
content_dir="$outdir/wp-content"
mkdir -p "$content_dir/uploads" "$content_dir/plugins" "$outdir/nginx-tmp"
ln -s /var/lib/wordpress/wp-content/themes "$content_dir/themes"   # Debian's packaged themes, read-only

# The web server's workers run as www-data when it can reach OUTDIR (e.g. under /tmp), else as root.
if runuser -u www-data -- test -x "$outdir" 2>/dev/null; then
  web_user=www-data
else
  web_user=root
  say "www-data cannot reach $outdir: nginx and php-fpm workers run as root"
fi

random() { tr -dc 'A-Za-z0-9' </dev/urandom | head -c "$1" || true; }
db_password=$(random 24)
sql <<SQL
DROP DATABASE IF EXISTS \`$db_name\`;
CREATE DATABASE \`$db_name\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$db_user'@'127.0.0.1' IDENTIFIED BY '$db_password';
CREATE USER IF NOT EXISTS '$db_user'@'localhost' IDENTIFIED BY '$db_password';
ALTER USER '$db_user'@'127.0.0.1' IDENTIFIED BY '$db_password';
ALTER USER '$db_user'@'localhost' IDENTIFIED BY '$db_password';
GRANT ALL PRIVILEGES ON \`$db_name\`.* TO '$db_user'@'127.0.0.1';
GRANT ALL PRIVILEGES ON \`$db_name\`.* TO '$db_user'@'localhost';
SQL

# --- WordPress's configuration ---------------------------------------------------------------------------------------
# One site per machine: Debian picks this file by the request's host name, whatever the port.
salts=""
for key in AUTH_KEY SECURE_AUTH_KEY LOGGED_IN_KEY NONCE_KEY AUTH_SALT SECURE_AUTH_SALT LOGGED_IN_SALT NONCE_SALT; do
  salts+="define('$key', '$(random 64)');"$'\n'
done
install -d -m 755 /etc/wordpress
umask_before=$(umask)
umask 027
cat >"$wp_config" <<PHP
<?php
// Written by .ci/wordpress/start.sh for the CI WordPress at $site_url; rewritten on every run.
// OUTDIR=$outdir
define('DB_NAME', '$db_name');
define('DB_USER', '$db_user');
define('DB_PASSWORD', '$db_password');
define('DB_HOST', '127.0.0.1:3306');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
\$table_prefix = 'wp_';
$salts
define('WP_HOME', '$site_url');
define('WP_SITEURL', '$site_url');
define('WP_CONTENT_DIR', '$content_dir');
define('WP_CONTENT_URL', '$site_url/wp-content');
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
define('WP_DEBUG', false);
PHP
umask "$umask_before"
chgrp www-data "$wp_config"

# --- Install, seed, permalinks, export (PHP CLI) ---------------------------------------------------------------------
export WP_CI_PORT=$port
wp_php() { php -d display_errors=stderr -d memory_limit=512M "$here/$1"; }
wp_php install.php
wp_php seed.php
wp_php rewrite.php
wp_php export.php >"$outdir/export.xml.part"
mv "$outdir/export.xml.part" "$outdir/export.xml"
grep -q '</rss>' "$outdir/export.xml" || fail "the WXR export is incomplete: $outdir/export.xml"
[ "$web_user" = root ] || chown -R www-data:www-data "$content_dir/uploads"

# --- php-fpm and nginx, our own -------------------------------------------------------------------------------------
touch "$outdir/php-error.log"
chown "$web_user:$web_user" "$outdir/php-error.log"
cat >"$outdir/php-fpm.conf" <<CONF
; Written by .ci/wordpress/start.sh
[global]
pid = $outdir/php-fpm.pid
error_log = $outdir/php-fpm.log
daemonize = yes

[wordpress-ci]
user = $web_user
group = $web_user
listen = $outdir/php-fpm.sock
listen.owner = $web_user
listen.group = $web_user
listen.mode = 0660
pm = static
pm.max_children = 4
catch_workers_output = yes
php_admin_flag[log_errors] = on
php_admin_value[error_log] = $outdir/php-error.log
php_admin_value[upload_max_filesize] = 64M
php_admin_value[post_max_size] = 64M
CONF
fpm_flags=()
[ "$web_user" = root ] && fpm_flags=(--allow-to-run-as-root)
"$php_fpm" --fpm-config "$outdir/php-fpm.conf" "${fpm_flags[@]}"
for _ in $(seq 50); do [ -S "$outdir/php-fpm.sock" ] && break; sleep 0.1; done
[ -S "$outdir/php-fpm.sock" ] || fail "php-fpm did not start: $(tail -n 5 "$outdir/php-fpm.log" 2>/dev/null)"

cat >"$outdir/nginx.conf" <<CONF
# Written by .ci/wordpress/start.sh
user $web_user;
worker_processes 1;
pid $outdir/nginx.pid;
error_log $outdir/nginx-error.log;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log $outdir/nginx-access.log;
  client_body_temp_path $outdir/nginx-tmp/client-body;
  proxy_temp_path $outdir/nginx-tmp/proxy;
  fastcgi_temp_path $outdir/nginx-tmp/fastcgi;
  uwsgi_temp_path $outdir/nginx-tmp/uwsgi;
  scgi_temp_path $outdir/nginx-tmp/scgi;
  client_max_body_size 64m;
  sendfile on;
  server_tokens off;

  server {
    listen 127.0.0.1:$port;
    server_name 127.0.0.1;
    root /usr/share/wordpress;
    index index.php;

    # Debian keeps wp-content (themes, uploads) outside the document root; ours is in OUTDIR.
    location ^~ /wp-content/ {
      alias $content_dir/;
      location ~ \.php\$ { deny all; }
    }
    location / {
      try_files \$uri \$uri/ /index.php?\$args;
    }
    location ~ \.php\$ {
      try_files \$uri =404;
      # Not Debian's fastcgi_params: that passes HTTP_HOST without the port, and WordPress then redirects every
      # page to its own URL. WordPress sees 127.0.0.1:PORT whatever Host the client sent, so that Debian's
      # wp-config.php always picks $wp_config.
      fastcgi_param SCRIPT_FILENAME \$document_root\$fastcgi_script_name;
      fastcgi_param QUERY_STRING \$query_string;
      fastcgi_param REQUEST_METHOD \$request_method;
      fastcgi_param CONTENT_TYPE \$content_type;
      fastcgi_param CONTENT_LENGTH \$content_length;
      fastcgi_param SCRIPT_NAME \$fastcgi_script_name;
      fastcgi_param REQUEST_URI \$request_uri;
      fastcgi_param DOCUMENT_URI \$document_uri;
      fastcgi_param DOCUMENT_ROOT \$document_root;
      fastcgi_param SERVER_PROTOCOL \$server_protocol;
      fastcgi_param REQUEST_SCHEME \$scheme;
      fastcgi_param GATEWAY_INTERFACE CGI/1.1;
      fastcgi_param SERVER_SOFTWARE nginx;
      fastcgi_param REMOTE_ADDR \$remote_addr;
      fastcgi_param REMOTE_PORT \$remote_port;
      fastcgi_param SERVER_ADDR \$server_addr;
      fastcgi_param SERVER_PORT \$server_port;
      fastcgi_param SERVER_NAME 127.0.0.1;
      fastcgi_param REDIRECT_STATUS 200;
      fastcgi_param HTTP_HOST 127.0.0.1:\$server_port;
      fastcgi_pass unix:$outdir/php-fpm.sock;
    }
  }
}
CONF
nginx -q -t -c "$outdir/nginx.conf" -e "$outdir/nginx-error.log"
nginx -c "$outdir/nginx.conf" -e "$outdir/nginx-error.log"

# --- Ready when the REST API lists the seeded posts -------------------------------------------------------------------
ready=""
for _ in $(seq 100); do
  if body=$(curl -fsS --max-time 5 "$site_url/wp-json/wp/v2/posts?per_page=100" 2>/dev/null) \
      && [[ $body == *'"slug":"failed-back-surgery-what-next"'* ]] \
      && [[ $body == *'"slug":"prolotherapy-low-back-pain"'* ]] \
      && [[ $body == *'"slug":"knee-pain-and-running"'* ]]; then
    ready=yes
    break
  fi
  sleep 0.2
done
[ -n "$ready" ] || fail "$site_url/wp-json/wp/v2/posts does not answer with the posts; see $outdir/*.log"
say "ready in $((SECONDS - started)) s"
echo "WORDPRESS_URL=$site_url"
echo "WORDPRESS_EXPORT=$outdir/export.xml"
