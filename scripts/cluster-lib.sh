# Functions for throwaway clusters; sourced by with-cluster.sh and tests.

pg_config_bin=${PG_CONFIG:-pg_config}

# stage_server STAGE: copy the server tree into STAGE (nothing of corpus).
stage_server() {
  local stage=$1 bindir sharedir root
  bindir=$($pg_config_bin --bindir)
  sharedir=$($pg_config_bin --sharedir)
  root=$(dirname "$bindir")
  mkdir -p "$stage$root" "$stage$sharedir"
  cp -a "$root/." "$stage$root/"
  cp -a "$sharedir/." "$stage$sharedir/"
  # a corpus installed system-wide must not leak into the stage
  rm -rf "$stage$sharedir"/extension/corpus[-.]* "$stage$sharedir/extension/corpus" \
    "$stage$($pg_config_bin --pkglibdir)"/corpus.so "$stage$($pg_config_bin --pkglibdir)"/bitcode/corpus*
}

# stage_install STAGE: copy the server tree into STAGE and install corpus there.
stage_install() {
  local stage=$1
  stage_server "$stage"
  make -s install DESTDIR="$stage" >/dev/null
  chmod -R a+rX "$stage"
}

# cluster_start STAGE DIR [PORT [CONF]]: initdb and start a cluster in DIR;
# CONF holds extra postgresql.conf lines (shared_preload_libraries, ...).
cluster_start() {
  local stage=$1 dir=$2 port=${3:-5432} conf=${4:-} bin
  bin="$stage$($pg_config_bin --bindir)"
  mkdir -p "$dir/sock"
  chown postgres "$dir" "$dir/sock"
  runuser -u postgres -- "$bin/initdb" -D "$dir/data" -E UTF8 --no-locale -A trust >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; return 1; }
  cat >>"$dir/data/postgresql.conf" <<CONF
listen_addresses = ''
unix_socket_directories = '$dir/sock'
port = $port
fsync = off
synchronous_commit = off
full_page_writes = off
max_worker_processes = 8
max_parallel_workers_per_gather = 2
shared_buffers = 256MB
$conf
CONF
  runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null \
    || { cat "$dir/server.log" >&2; return 1; }
  echo "$bin" > "$dir/bindir"
}

# cluster_stop DIR
cluster_stop() {
  local dir=$1
  [ -f "$dir/bindir" ] || return 0
  runuser -u postgres -- "$(cat "$dir/bindir")/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -f "$dir/bindir"
}
