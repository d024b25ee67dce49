# shellcheck shell=bash disable=SC2034
# Shared helpers for the bpf-memcg harness. Sourced by every script in scripts/.

set -euo pipefail

# Called from our Makefile or by hand, the scripts behave the same: the
# kernel's selftests lib.mk sets OUTPUT only at MAKELEVEL 0.
unset MAKELEVEL MAKEFLAGS MFLAGS

TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# FLAVOUR picks the base the series goes on, all from the same Debian
# source package: vanilla (default) is its orig tarball, 5.10.262 as
# released; debian adds the package's own debian/patches, the kernel
# Debian 11 ships; debian-rt adds debian/patches-rt (PREEMPT_RT) after
# them. Each flavour but vanilla has its own build directory.
FLAVOUR=${FLAVOUR:-vanilla}
case "$FLAVOUR" in
vanilla) BUILD=${BUILD:-$TOP/build} ;;
debian | debian-rt) BUILD=${BUILD:-$TOP/build/flavour-$FLAVOUR} ;;
*)
	echo "error: FLAVOUR=$FLAVOUR is not a flavour of the base (vanilla, debian or debian-rt)" >&2
	exit 2
	;;
esac
HOME=${HOME:-$(getent passwd "$(id -u)" | cut -d: -f6)}
CACHE=${BPF_MEMCG_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/bpf-memcg}

# The pinned base: Debian's linux source package (vanilla orig tarball).
BASE_PKG_VERSION=${BASE_PKG_VERSION:-5.10.262-1}
BASE_UPSTREAM=${BASE_PKG_VERSION%-*}
DEBIAN_SUITE_URL=${DEBIAN_SUITE_URL:-http://deb.debian.org/debian-security}
DEBIAN_SUITE=${DEBIAN_SUITE:-bullseye-security}

# Git tree layout under build/: the patched tree and a worktree of the base,
# each with its O= directory beside it at the same relative path (../linux),
# so ccache (base_dir=build/) shares objects between the two.
LINUX=${LINUX:-$BUILD/linux}
LINUX_BASE=$BUILD/base/linux
TAG_BASE=bpf-memcg/base          # pristine upstream base
TAG_FIXED=bpf-memcg/base-fixups  # base + harness fix-ups; the series applies here
BRANCH=bpf-memcg
# The fixes of 5.10 itself in the series, as a series of their own on the
# pristine base (stable/ + stable/series), on this branch, checked out in
# build/stable/linux.
STABLE_BRANCH=bpf-memcg-stable
LINUX_STABLE=$BUILD/stable/linux
# The version of the series that scripts/export writes: "[PATCH v2 NN/MM]".
# v1 is the patches/ and series of commit SERIES_V1 of this repository, the
# last that had them (an ancestor of every later commit, so every clone has
# it; tags do not reach clones): Documentation/range-diff-v1-v2.txt.
SERIES_VERSION=2
SERIES_V1=765dca1315e545de228e6c67308c4476e0f2a7e2

AUTHOR_IDENT='bpf-memcg maintainers <maintainers@bpf-memcg.invalid>'

# series_files ARRAY [DIR]: the patch files DIR/series names, in order, as
# paths under DIR/patches, into the array ARRAY (DIR: this repository, or an
# old version of it unpacked elsewhere); blank lines and # comments are
# skipped. A name without its file stops the calling script.
# FLAVOUR=debian-rt reads series-rt instead, in this repository: its names
# are of patches/ too, except "patches-rt/NAME", the -rt version of a patch.
series_files() {
	local -n _files=$1
	local dir=${2:-$TOP} p list=series f
	_files=()
	if [ "$FLAVOUR" = debian-rt ] && [ "$dir" = "$TOP" ]; then
		list=series-rt
		[ -f "$dir/$list" ] || die "FLAVOUR=debian-rt needs $dir/series-rt (the series with its -rt versions)"
	fi
	[ -f "$dir/$list" ] || return 0
	while read -r p; do
		case "$p" in
		patches-rt/*) f=$dir/$p ;;
		*) f=$dir/patches/$p ;;
		esac
		[ -f "$f" ] || die "$dir/$list names ${f#"$dir"/}, which does not exist"
		_files+=("$f")
	done < <(grep -v '^[[:space:]]*\(#\|$\)' "$dir/$list")
}

_t0=${_BPF_MEMCG_T0:-$(date +%s)}
export _BPF_MEMCG_T0=$_t0

log() { printf '[%s +%ss] %s\n' "$(date +%H:%M:%S)" "$(( $(date +%s) - _t0 ))" "$*" >&2; }

die() {
	printf 'error: %s\n' "$*" >&2
	exit 1
}

# phase NAME CMD...: run one pipeline phase, print its name and duration, and
# turn a failure into a sentence naming the phase.
phase() {
	local name=$1 start rc=0
	shift
	start=$(date +%s)
	log "== $name"
	"$@" || rc=$?
	if [ "$rc" -ne 0 ]; then
		log "== $name FAILED after $(( $(date +%s) - start ))s (exit $rc)"
		return "$rc"
	fi
	log "== $name done in $(( $(date +%s) - start ))s"
}

# run_logged LOG CMD...: run a long command with its output in LOG, printing
# a heartbeat so the terminal is never silent; on failure show the tail.
run_logged() {
	local logf=$1 pid rc=0 n=0
	shift
	mkdir -p "$(dirname "$logf")"
	"$@" >"$logf" 2>&1 &
	pid=$!
	while kill -0 "$pid" 2>/dev/null; do
		sleep 2
		n=$((n + 2))
		if [ $((n % 30)) -eq 0 ]; then
			log "   ... ${n}s, $(wc -l <"$logf") log lines, last: $(tail -n 1 "$logf" | cut -c1-100)"
		fi
	done
	wait "$pid" || rc=$?
	if [ "$rc" -ne 0 ]; then
		tail -n 25 "$logf" >&2
		log "command failed (exit $rc): $*"
		log "full log: $logf"
	fi
	return "$rc"
}

need_cmds() {
	local c missing=()
	for c in "$@"; do
		command -v "$c" >/dev/null 2>&1 || missing+=("$c")
	done
	[ ${#missing[@]} -eq 0 ] ||
		die "missing commands: ${missing[*]}. Run 'make deps' (as root) to install the Debian packages."
}

# The git tree the series is applied to: ours under build/, or the user's.
git_linux() { git -C "$LINUX" "$@"; }

# What a patch carries, as one line: its patch id (the diff) and a hash of
# its message (subject and body, as git am commits them), so that a patch
# whose message alone changed counts as changed too.
msg_hash() { git stripspace | sha1sum | cut -c1-12; }

# patch_keys_of_files FILE...: the key of each patch file, in order.
patch_keys_of_files() {
	local f tmp id subject
	tmp=$(mktemp -d)
	for f in "$@"; do
		id=$(git patch-id --stable <"$f" | cut -d' ' -f1)
		subject=$(git mailinfo "$tmp/msg" "$tmp/patch" <"$f" | sed -n 's/^Subject: //p')
		printf '%s %s\n' "$id" "$({ printf '%s\n\n' "$subject"; cat "$tmp/msg"; } | msg_hash)"
	done
	rm -rf "$tmp"
}

# patch_keys_of_tree [RANGE]: the key of each commit of RANGE (the series:
# TAG_FIXED..HEAD), oldest first.
patch_keys_of_tree() {
	local c id
	for c in $(git_linux rev-list --reverse "${1:-$TAG_FIXED..HEAD}"); do
		id=$(git_linux show "$c" | git patch-id --stable | cut -d' ' -f1)
		printf '%s %s\n' "$id" "$(git_linux log -1 --format=%B "$c" | msg_hash)"
	done
}

# The keys of the series as scripts/apply or scripts/export last left the
# tree: a tree that still has them holds no work of its own, so a newer
# patches/ (a pull) may replace it.
# record_series KEYS: write KEYS (patch_keys_of_tree of the series) there.
series_record() { echo "$(git_linux rev-parse --absolute-git-dir)/bpf-memcg-series.keys"; }
record_series() { { [ -z "$1" ] || printf '%s\n' "$1"; } >"$(series_record)"; }

# ARCH picks the target: x86_64 (the default, built and booted natively)
# or arm64 (cross-built with Debian's gcc-aarch64-linux-gnu, booted with
# qemu-system-aarch64 -M virt). Both come from the same source trees; each
# target has its own O= directories and results (suffix -arm64). ARCH is
# taken out of the environment here and handed to the kernel's make by the
# scripts that build for the target, so that host tools still build for
# the host; the scripts started from here get it as BPF_MEMCG_ARCH.
ARCH=${ARCH:-${BPF_MEMCG_ARCH:-x86_64}}
case "$ARCH" in
x86_64 | x86 | amd64) TARGET_ARCH=x86_64 KARCH=x86 CROSS_COMPILE='' QEMU_SYSTEM=qemu-system-x86_64 ;;
arm64 | aarch64) TARGET_ARCH=arm64 KARCH=arm64 CROSS_COMPILE=aarch64-linux-gnu- QEMU_SYSTEM=qemu-system-aarch64 ;;
*)
	echo "error: ARCH=$ARCH is not a target of the harness (x86_64 or arm64)" >&2
	exit 2
	;;
esac
unset ARCH
export BPF_MEMCG_ARCH=$TARGET_ARCH
# the target's compiler for what runs in the guest
TARGET_CC=${CROSS_COMPILE}gcc
arch_suffix() { [ "$TARGET_ARCH" = x86_64 ] || echo "-$TARGET_ARCH"; }
# for the scripts that have no ARCH=arm64 (yet)
x86_64_only() {
	[ "$TARGET_ARCH" = x86_64 ] ||
		die "scripts/${0##*/} runs for x86_64 only, not ARCH=$TARGET_ARCH (make test, demo and check-bisect take ARCH=arm64)"
}
# The kernel image scripts/vm boots, relative to the O= directory.
kernel_image_path() { if [ "$TARGET_ARCH" = arm64 ]; then echo arch/arm64/boot/Image; else echo arch/x86/boot/bzImage; fi; }

# Variant directories: "patched" builds $LINUX, "base" builds $LINUX_BASE.
variant_src() { if [ "${1:-patched}" = base ]; then echo "$LINUX_BASE"; else echo "$LINUX"; fi; }
# DEBUG=1 (configs/debug.config) kernels get their own O= directory.
debug_suffix() { if [ -n "${DEBUG:-}" ] && [ "$DEBUG" != 0 ]; then echo -debug; fi; }
variant_obj() {
	if [ "${1:-patched}" = base ]; then
		echo "$BUILD/base/obj$(debug_suffix)$(arch_suffix)"
	else
		echo "$BUILD/obj$(debug_suffix)$(arch_suffix)"
	fi
}
variant_bzimage() { echo "$(variant_obj "$1")/$(kernel_image_path)"; }
# Where the cgroup selftests of a variant are built: in its tree (as
# kselftest does), or in its O= directory when cross-built.
cgroup_bin_dir() {
	if [ "$TARGET_ARCH" = x86_64 ]; then
		echo "$(variant_src "$1")/tools/testing/selftests/cgroup"
	else
		echo "$(variant_obj "$1")/selftests-cgroup"
	fi
}
# Selected by BASE=1 on the make command line.
variant() { if [ -n "${BASE:-}" ] && [ "$BASE" != 0 ]; then echo base; else echo patched; fi; }

# ccache outside the repo; base_dir makes the base and patched trees share it.
setup_ccache() {
	export CCACHE_DIR=${CCACHE_DIR:-$CACHE/ccache}
	export CCACHE_BASEDIR=$BUILD CCACHE_NOHASHDIR=1
	export CCACHE_IGNOREOPTIONS='-fmacro-prefix-map=* -fdebug-prefix-map=*'
	export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-10G}
	mkdir -p "$CCACHE_DIR"
}

# Private apt configurations: each in its own directory APTDIR under the
# cache, with its own sources list, lists and archives. The system's sources
# and dpkg database are read, never written.
#   APTDIR=DIR apt_private apt-get|apt-cache ARGS...
apt_private() {
	local tool=$1
	shift
	"$tool" -q -o Dir::Etc::SourceList="$APTDIR/sources.list" \
		-o Dir::Etc::SourceParts=/dev/null \
		-o Dir::State::Lists="$APTDIR/lists" \
		-o Dir::Cache="$APTDIR/cache" \
		-o Dir::State::Status=/var/lib/dpkg/status \
		-o APT::Sandbox::User=root "$@"
}

#   APTDIR=DIR apt_private_update 'deb [signed-by=...] URL SUITE main'...
apt_private_update() {
	mkdir -p "$APTDIR/lists/partial" "$APTDIR/cache/archives/partial"
	printf '%s\n' "$@" >"$APTDIR/sources.list"
	log "updating the private apt lists in $APTDIR ($(printf '%s; ' "$@" | sed 's/\[[^]]*\] //g; s/; $//'))"
	apt_private apt-get update >"$APTDIR/update.log" 2>&1 ||
		die "apt-get update failed; see $APTDIR/update.log"
}

# The Debian release of this machine: "debian 12 bookworm", or what
# /etc/os-release says (scripts/deps knows what each release needs).
os_release() {
	(
		ID='' VERSION_ID='' VERSION_CODENAME=''
		# shellcheck disable=SC1091
		[ ! -r /etc/os-release ] || . /etc/os-release
		echo "${ID:-unknown} ${VERSION_ID:-?} ${VERSION_CODENAME:-?}"
	)
}

# Tools make deps unpacks under the cache where the release has no package
# for them (clang-14 on Debian 13, virtme-ng on Debian 12): on PATH after
# the system's own, so a packaged one wins.
for _d in "$CACHE/clang-14/bin" "$CACHE/virtme-ng/bin"; do
	[ ! -d "$_d" ] || PATH=$PATH:$_d
done
unset _d

# The clock make bench times with, as scripts/vm arguments in CLOCK_ARGS:
# BENCH_CLOCK=icount (the default) counts guest instructions under TCG
# (scripts/vm --icount), so the load of the host does not change the
# numbers; BENCH_CLOCK=wall uses real time.
set_bench_clock() {
	case "${BENCH_CLOCK:-icount}" in
	icount) CLOCK_ARGS=(--icount) ;;
	wall) CLOCK_ARGS=() ;;
	*) die "BENCH_CLOCK must be icount or wall, not '$BENCH_CLOCK'" ;;
	esac
}
