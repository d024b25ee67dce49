# Entry points only; the work is done by scripts/. BASE=1 selects the
# unpatched base kernel, DEBUG=1 adds configs/debug.config (own build dir),
# SUITES="test_bpf_memcg test_maps" limits make test to those suites.
# FLAVOUR=debian puts the series on Debian's kernel (debian/patches of the
# source package) in build/flavour-debian/; debian-rt adds debian/patches-rt.
# ARCH=arm64 cross-builds for arm64 and boots qemu-system-aarch64 -M virt
# (make test, test-base, demo, kernel, selftests, check-bisect).
.PHONY: help deps fetch apply kernel selftests demo test test-base bench fuzz check-bisect check-refs check-distro abi-report export range-diff clean

help:
	@sed -n 's/^## //p' $(MAKEFILE_LIST)

## make demo       build what is missing, boot, show who pays for BPF memory
demo: deps
	scripts/demo

## make test       full run: base, series, kernel, selftests in QEMU, compare
##                 (DEBUG=1: KASAN/kmemleak/lockdep kernel, cgroup suites;
##                 ARCH=arm64: cross-built, qemu-system-aarch64, cgroup suites)
test: deps
	scripts/test

## make test-base  the same on the unpatched base; rewrites tests/expectations
test-base: deps
	BASE=1 scripts/test

## make bench      base vs patched, booted alternately: cost of the accounting
##                 (table, build/bench/results.csv and ratios.png)
bench: deps
	scripts/bench

## make fuzz       trinity and bpf-stress on the DEBUG=1 kernels, patched and
##                 base (FUZZ_MINUTES each, default 10): findings by kernel
fuzz: deps
	scripts/fuzz

## make check-bisect   build after every patch, CONFIG_MEMCG=y and =n
##                 (ARCH=arm64: the same, cross-built)
check-bisect: apply
	scripts/check-bisect

## make check-refs     checkpatch --strict on patches/ where every upstream
##                 commit id they cite resolves (tests/upstream-commits.tsv)
check-refs: apply
	scripts/check-upstream-refs

## make abi-report  struct layouts, enums and exported symbols (CRCs) of the
##                 base and the patched kernel, into Documentation/abi.md
abi-report: deps
	scripts/abi-report

## make check-distro DISTRO=trixie   the README's commands in a fresh
##                 debootstrap'ed chroot of that Debian release (as root)
check-distro:
	scripts/check-distro $(or $(DISTRO),trixie)

## make deps       install the Debian packages (as root; skipped when present)
deps:
	scripts/deps

## make fetch / apply / kernel / selftests   single phases
fetch:
	scripts/fetch-base
apply: fetch
	scripts/apply
kernel: apply
	scripts/build-kernel
selftests: kernel
	scripts/build-selftests

## make export     regenerate patches/ and series from build/linux
export:
	scripts/export

## make range-diff  v1 (patches/ of commit 765dca1) against build/linux, into
##                 Documentation/
range-diff: apply
	scripts/range-diff

## make clean      remove build/ (the download and ccache stay in ~/.cache)
clean:
	rm -rf build
