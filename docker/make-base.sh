#!/usr/bin/env bash
# Builds the local base image `skarm-base:local` from THIS host's files, with no registry and
# no package mirror: the shared libraries the Node 22 binary (node_modules/node/bin/node) and
# nats-server link against, nats-server itself, git (the store and the transport run native
# git: upload-pack, rev-list, cat-file…, all built into the one binary) with its libraries,
# a POSIX sh (dash: the transport runs `git index-pack` under `ulimit -v`), /data owned by
# uid 10001, /tmp. Nothing else: no package manager, no other tools.
# Run from the repository root after `npm ci` (and with nats-server installed: tools/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
node_bin=node_modules/node/bin/node
nats_bin=$(command -v nats-server)
git_bin=$(command -v git)
sh_bin=$(readlink -f "$(command -v dash || command -v sh)")
[ -x "$node_bin" ] || { echo "make-base: run npm ci first ($node_bin missing)" >&2; exit 1; }
root=$(mktemp -d)
chmod 0755 "$root"  # mktemp makes it 0700, and "." in the tar becomes the image's /
trap 'rm -rf "$root"' EXIT

# Every library either binary needs (ldd prints "name => /path (addr)" or "/path (addr)"),
# plus the NSS modules glibc may dlopen to resolve compose service names (nats).
libs=$( (ldd "$node_bin"; ldd "$nats_bin"; ldd "$git_bin"; ldd "$sh_bin") | awk '/=> \//{print $3} /^[ \t]*\//{print $1}' | sort -u)
for extra in libnss_dns.so.2 libnss_files.so.2 libresolv.so.2; do
  p=$(ldconfig -p | awk -v n="$extra" '$1==n && /x86-64|x86_64|aarch64/ {print $NF; exit}')
  [ -n "$p" ] && libs="$libs $p"
done
for lib in $libs; do cp -L --parents "$lib" "$root/"; done

install -D -m 0755 "$nats_bin" "$root/usr/local/bin/nats-server"
install -D -m 0755 "$git_bin" "$root/usr/bin/git"
install -D -m 0755 "$sh_bin" "$root/bin/sh"
mkdir -p "$root/etc" "$root/data" "$root/tmp"
printf 'hosts: files dns\n' > "$root/etc/nsswitch.conf"
printf 'root:x:0:0:root:/:/sbin/nologin\nskarm:x:10001:10001:skarm:/data:/sbin/nologin\n' > "$root/etc/passwd"
printf 'root:x:0:\nskarm:x:10001:\n' > "$root/etc/group"
chown 10001:10001 "$root/data"
chmod 1777 "$root/tmp"

tar -C "$root" --numeric-owner -c . | docker import - skarm-base:local
echo "make-base: skarm-base:local ready" >&2
