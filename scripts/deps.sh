#!/bin/sh
# Install the Debian packages corpus builds and tests with, when missing.
# Run as root this uses apt-get; otherwise it only reports what is missing.
set -eu
pkgs="postgresql-15 postgresql-server-dev-15 postgresql-contrib postgresql-15-cron libpcre2-dev pkg-config make gcc clang libclang-rt-14-dev python3 debhelper dpkg-dev postgresql-server-dev-all"
# libxml2: the HTML parser of corpus.html_article() (src/core/html.c)
pkgs="$pkgs libxml2-dev"
[ -n "${CORPUS_EXTRA_PKGS:-}" ] && pkgs="$pkgs $CORPUS_EXTRA_PKGS"
missing=""
for p in $pkgs; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "corpus: missing packages:$missing (run as root, or install them with apt-get)" >&2
  exit 1
fi
echo "corpus: installing$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# the Debian server package would start a cluster of its own: keep it from doing so
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
  trap 'rm -f /usr/sbin/policy-rc.d' EXIT
fi
apt-get install -y -qq --no-install-recommends $missing >/dev/null
