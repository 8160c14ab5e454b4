#!/bin/bash
# Build the Debian package and test what it installs.
#
#   test/deb.sh            (as root; needs debhelper, postgresql-server-dev-all)
#
# 1. Copies the working tree (tracked and new files) into a temporary
#    directory and runs dpkg-buildpackage -us -uc there, so nothing lands
#    beside the checkout.  The build itself runs the regression suite on the
#    package's files (dh_pgxs_test); DEB_BUILD_OPTIONS=nocheck skips that.
# 2. Checks that the .deb holds exactly what `make install` installs.
# 3. Unpacks the .deb with dpkg -x into a copy of the server tree (never into
#    the real system), starts a throwaway cluster from it and runs
#    make installcheck.
# Run by scripts/test-all.sh (make test).  Prints "deb: PASS" with the time
# taken, or "deb: FAIL: why" and exits non-zero.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
. "$here/scripts/cluster-lib.sh"
start=$(date +%s)

fail() { echo "deb: FAIL: $*"; exit 1; }
for tool in dpkg-buildpackage dh pg_buildext; do
  command -v "$tool" >/dev/null || fail "$tool not found (apt-get install debhelper postgresql-server-dev-all)"
done

tmp=$(mktemp -d /tmp/corpus-deb.XXXXXX)
chmod 755 "$tmp"
cleanup() {
  cluster_stop "$tmp/cluster" || true
  [ -n "${CORPUS_KEEP_TMP:-}" ] || rm -rf "$tmp"
}
trap cleanup EXIT

version=$(dpkg-parsechangelog -l "$here/debian/changelog" -S Version)
ext_version=$(sed -n "s/^default_version = '\(.*\)'/\1/p" "$here/corpus.control")
[ "${version%%-*}" = "$ext_version" ] \
  || fail "debian/changelog is at $version but corpus.control at $ext_version"

# ---------------------------------------------------------------- build
src="$tmp/corpus-$version"
mkdir -p "$src"
(cd "$here" && git ls-files -z --cached --others --exclude-standard \
   | while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done \
   | xargs -0 cp --parents -t "$src")
echo "deb: building $version in $tmp"
(cd "$src" && dpkg-buildpackage -us -uc) > "$tmp/build.log" 2>&1 \
  || { tail -n 60 "$tmp/build.log"; fail "dpkg-buildpackage failed (log above)"; }
debs=("$tmp"/postgresql-*-corpus_"$version"_*.deb)
[ -f "${debs[0]}" ] || fail "no postgresql-*-corpus .deb was built"
built=$(date +%s)
echo "deb: built ${debs[*]##*/} in $((built - start)) s"

# ---------------------------------------------------------------- contents
pgver=$(pg_config --version | sed 's/^PostgreSQL \([0-9]*\).*/\1/')
deb="$tmp/postgresql-$pgver-corpus_${version}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || fail "no package for PostgreSQL $pgver: $deb"
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's:^\./:/:' | grep -v '/$' | grep -v '^/usr/share/doc/' | sort > "$tmp/deb.files"
(cd "$src" && make -s install DESTDIR="$tmp/make-install" >/dev/null)
(cd "$tmp/make-install" && find . -type f | sed 's:^\.::' | sort) > "$tmp/make.files"
diff -u "$tmp/make.files" "$tmp/deb.files" > "$tmp/files.diff" \
  || { cat "$tmp/files.diff"; fail "the .deb does not hold what make install installs"; }
for f in "$(pg_config --pkglibdir)/corpus.so" "$(pg_config --sharedir)/extension/corpus.control" \
         "$(pg_config --sharedir)/extension/corpus--$ext_version.sql"; do
  grep -qx "$f" "$tmp/deb.files" || fail "the .deb lacks $f"
done
for f in "$here"/upgrade/corpus--*--*.sql "$here"/data/*.bin "$here"/data/*.tsv; do
  [ -e "$f" ] || continue
  grep -q "/${f##*/}\$" "$tmp/deb.files" || fail "the .deb lacks ${f##*/}"
done
echo "deb: $(wc -l < "$tmp/deb.files") files, the same as make install"
dpkg-deb -f "$deb" Depends | grep -q "postgresql-$pgver" || fail "the .deb does not depend on postgresql-$pgver"

# ---------------------------------------------------------------- installcheck
stage_server "$tmp/stage"
dpkg -x "$deb" "$tmp/stage"
chmod -R a+rX "$tmp/stage"
cluster_start "$tmp/stage" "$tmp/cluster"
export PGHOST="$tmp/cluster/sock" PGPORT=5432 PGUSER=postgres PGDATABASE=postgres
(cd "$src" && make -s installcheck) > "$tmp/installcheck.log" 2>&1 \
  || { cat "$tmp/installcheck.log"; [ -f "$src/regression.diffs" ] && cat "$src/regression.diffs"; \
       fail "make installcheck against the unpacked .deb failed"; }
grep -E 'tests passed' "$tmp/installcheck.log" || true
got=$(psql -X -At -c "SELECT extversion FROM pg_extension WHERE extname = 'corpus'" contrib_regression)
[ "$got" = "$ext_version" ] || fail "installcheck ran with corpus $got, not $ext_version"
echo "deb: PASS in $(( $(date +%s) - start )) s (build $((built - start)) s)"
