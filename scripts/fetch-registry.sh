#!/usr/bin/env bash
# Fetches the real OCI registry the tests start on loopback: Debian's `docker-registry` (CNCF
# distribution 2.8), downloaded with `apt-get download` and unpacked with `dpkg-deb -x` into
# .cache/registry/ (gitignored). Never `apt-get install`: its postinst starts a service on :5000.
# With it, `skopeo` (and the two libraries it needs that a runner lacks) into .cache/skopeo/: the
# other writer and reader of images the tests compare our client with. Does nothing when both are
# already there. A failure here fails CI: the OCI tests need them.
set -euo pipefail
cd "$(dirname "$0")/.."

# fetch NAME DEST BINARY PACKAGE...: downloads the packages and unpacks them all into DEST.
fetch() {
  local name=$1 dest=$2 bin=$3
  shift 3
  if [ -x "$bin" ]; then
    echo "$name: $bin is already there"
    return 0
  fi
  local work
  work=$(mktemp -d)
  # apt-get download writes into the current folder; a fresh package list only when it fails
  # (a clean runner may have none, and `apt-get update` is slow where the list is current).
  if ! (cd "$work" && apt-get download "$@"); then
    echo "$name: download failed; refreshing the package lists and trying again"
    if [ "$(id -u)" = 0 ]; then apt-get update; else sudo apt-get update; fi
    (cd "$work" && apt-get download "$@")
  fi
  rm -rf "$dest"
  mkdir -p "$dest"
  local deb
  for deb in "$work"/*.deb; do
    dpkg-deb -x "$deb" "$dest"
  done
  rm -rf "$work"
  if [ ! -x "$bin" ]; then
    echo "$name: the packages hold no $bin" >&2
    exit 1
  fi
}

fetch registry .cache/registry .cache/registry/usr/bin/docker-registry docker-registry
.cache/registry/usr/bin/docker-registry --version
fetch skopeo .cache/skopeo .cache/skopeo/usr/bin/skopeo skopeo libgpgme11 libassuan0
LD_LIBRARY_PATH=$(echo .cache/skopeo/usr/lib/*-linux-gnu) .cache/skopeo/usr/bin/skopeo --version
