#!/usr/bin/env bash
# Fetches the real OCI registry the tests start on loopback: Debian's `docker-registry` (CNCF
# distribution 2.8), downloaded with `apt-get download` and unpacked with `dpkg-deb -x` into
# .cache/registry/ (gitignored). Never `apt-get install`: its postinst starts a service on :5000.
# Does nothing when the binary is already there. A failure here fails CI: the OCI tests need it.
set -euo pipefail
cd "$(dirname "$0")/.."

dest=.cache/registry
bin="$dest/usr/bin/docker-registry"
if [ -x "$bin" ]; then
  echo "registry: $bin is already there"
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# apt-get download writes into the current folder; a fresh package list only when it fails
# (a clean runner may have none, and `apt-get update` is slow where the list is current).
if ! (cd "$work" && apt-get download docker-registry); then
  echo "registry: download failed; refreshing the package lists and trying again"
  if [ "$(id -u)" = 0 ]; then apt-get update; else sudo apt-get update; fi
  (cd "$work" && apt-get download docker-registry)
fi
deb=$(find "$work" -maxdepth 1 -name 'docker-registry_*.deb' | head -n 1)
if [ -z "$deb" ]; then
  echo "registry: apt-get download left no docker-registry package" >&2
  exit 1
fi
rm -rf "$dest"
mkdir -p "$dest"
dpkg-deb -x "$deb" "$dest"
if [ ! -x "$bin" ]; then
  echo "registry: $deb holds no usr/bin/docker-registry" >&2
  exit 1
fi
"$bin" --version
