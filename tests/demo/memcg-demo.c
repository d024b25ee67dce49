// SPDX-License-Identifier: GPL-2.0
/*
 * memcg-demo: show who pays for BPF memory on the running kernel.
 *
 * For a few map types, create the map from a fresh memory cgroup and print
 * how much that cgroup's memory.current grew, next to the map's fdinfo
 * "memlock". Then create a map and load a program with RLIMIT_MEMLOCK at 0,
 * and create a map bigger than memory.max of its cgroup.
 *
 * Needs root, cgroup2 at /sys/fs/cgroup with the memory controller.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/bpf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <unistd.h>

#include "../lib/bpf-sys.h"

#define CG_ROOT "/sys/fs/cgroup"
#define CG_DEMO CG_ROOT "/bpf-memcg-demo"
#define KiB 1024L
#define MiB (1024L * 1024L)

static int prog_load_2insns(void)
{
	struct bpf_insn insns[] = {
		{ .code = BPF_ALU64 | BPF_MOV | BPF_K, .dst_reg = 0, .imm = 0 },
		{ .code = BPF_JMP | BPF_EXIT },
	};

	return prog_load(insns, 2);
}

static long memlock_of(int fd)
{
	char path[64];

	snprintf(path, sizeof(path), "/proc/self/fdinfo/%d", fd);
	return read_long(path, "memlock:");
}

/* A fresh child cgroup of the demo cgroup, with this process inside. */
static void enter_cgroup(const char *name, long max)
{
	char path[256];

	snprintf(path, sizeof(path), CG_DEMO "/%s", name);
	rmdir(path);
	if (mkdir(path, 0755) && errno != EEXIST) {
		perror(path);
		exit(1);
	}
	if (max > 0) {
		strcat(path, "/memory.max");
		write_file(path, "%ld\n", max);
		path[strlen(path) - strlen("/memory.max")] = 0;
	}
	strcat(path, "/cgroup.procs");
	write_file(path, "%d\n", getpid());
}

static long current_of(const char *name)
{
	char path[256];

	snprintf(path, sizeof(path), CG_DEMO "/%s/memory.current", name);
	return read_long(path, NULL);
}

static void leave_cgroup(const char *name)
{
	char path[256];

	write_file(CG_ROOT "/cgroup.procs", "%d\n", getpid());
	snprintf(path, sizeof(path), CG_DEMO "/%s", name);
	rmdir(path);
}

static const char *human(long bytes, char *buf, size_t len)
{
	if (bytes < 0)
		snprintf(buf, len, "-");
	else if (bytes >= MiB)
		snprintf(buf, len, "%.1f MiB", (double)bytes / MiB);
	else if (bytes >= KiB)
		snprintf(buf, len, "%.1f KiB", (double)bytes / KiB);
	else
		snprintf(buf, len, "%ld B", bytes);
	return buf;
}

struct map_case {
	const char *name;
	const char *what;
	__u32 type, key, value, entries, flags, fill;
};

static const struct map_case cases[] = {
	{ "array", "array, 64Ki x 64 B", BPF_MAP_TYPE_ARRAY,
	  4, 64, 65536, 0, 0 },
	{ "hash", "hash no-prealloc, 16Ki updates x 64 B", BPF_MAP_TYPE_HASH,
	  4, 64, 16384, BPF_F_NO_PREALLOC, 16384 },
	{ "percpu", "percpu array, 16Ki x 64 B", BPF_MAP_TYPE_PERCPU_ARRAY,
	  4, 64, 16384, 0, 0 },
	{ "ringbuf", "ringbuf, 4 MiB", BPF_MAP_TYPE_RINGBUF,
	  0, 0, 4 << 20, 0, 0 },
};

static void show_map(const struct map_case *c)
{
	char value[64] = { 1 }, b1[32], b2[32];
	long before, after;
	__u32 i;
	int fd;

	enter_cgroup(c->name, 0);
	before = current_of(c->name);
	fd = map_create(c->type, c->key, c->value, c->entries, c->flags);
	if (fd < 0) {
		printf("%-40s  create failed: %s\n", c->what, strerror(errno));
		leave_cgroup(c->name);
		return;
	}
	for (i = 0; i < c->fill; i++) {
		if (map_update(fd, &i, value, BPF_ANY)) {
			printf("%-40s  update %u failed: %s\n", c->what, i,
			       strerror(errno));
			break;
		}
	}
	after = current_of(c->name);
	printf("%-40s  %12s  %12s\n", c->what,
	       human(after - before, b1, sizeof(b1)),
	       human(memlock_of(fd), b2, sizeof(b2)));
	close(fd);
	leave_cgroup(c->name);
}

static const char *result(int fd)
{
	static char buf[64];

	if (fd >= 0) {
		close(fd);
		return "ok";
	}
	snprintf(buf, sizeof(buf), "failed: %s", strerrorname_np(errno));
	return buf;
}

static void show_rlimit_zero(void)
{
	struct rlimit old, zero = { 0, 0 };
	const char *map, *prog;

	getrlimit(RLIMIT_MEMLOCK, &old);
	setrlimit(RLIMIT_MEMLOCK, &zero);
	map = result(map_create(BPF_MAP_TYPE_ARRAY, 4, 8, 1, 0));
	printf("%-40s  %s\n", "RLIMIT_MEMLOCK=0: create 1-entry array", map);
	prog = result(prog_load_2insns());
	printf("%-40s  %s\n", "RLIMIT_MEMLOCK=0: load 2-insn program", prog);
	setrlimit(RLIMIT_MEMLOCK, &old);
}

static void show_memory_max(void)
{
	const long max = 8 * MiB;
	char b[32];
	int fd;

	enter_cgroup("max", max);
	fd = map_create(BPF_MAP_TYPE_ARRAY, 4, 1024, 65536, 0);
	printf("%-40s  %s\n", "memory.max=8 MiB: create 64 MiB array",
	       result(fd));
	printf("%-40s  %s\n", "  memory.current of that cgroup after",
	       human(current_of("max"), b, sizeof(b)));
	leave_cgroup("max");
}

int main(void)
{
	struct rlimit inf = { RLIM_INFINITY, RLIM_INFINITY };
	struct utsname u;

	if (setrlimit(RLIMIT_MEMLOCK, &inf))
		perror("setrlimit");
	write_file(CG_ROOT "/cgroup.subtree_control", "+memory\n");
	if (mkdir(CG_DEMO, 0755) && errno != EEXIST) {
		perror(CG_DEMO);
		return 1;
	}
	write_file(CG_DEMO "/cgroup.subtree_control", "+memory\n");
	uname(&u);
	printf("\nWho pays for BPF memory on Linux %s\n", u.release);
	printf("(map rows: RLIMIT_MEMLOCK raised to infinity, each map created from a fresh cgroup)\n\n");
	printf("%-40s  %12s  %12s\n", "map", "cgroup paid", "fdinfo memlock");
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		show_map(&cases[i]);
	printf("(memory.current moves in per-CPU charge batches of up to 128 KiB:\n"
	       " a row of a few KiB is noise, the maps are 2-4 MiB)\n\n");
	show_rlimit_zero();
	show_memory_max();
	rmdir(CG_DEMO);
	return 0;
}
