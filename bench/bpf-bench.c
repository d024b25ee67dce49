// SPDX-License-Identifier: GPL-2.0
/*
 * bpf-bench: what does charging BPF memory to a cgroup cost?
 *
 * Runs in the guest of scripts/bench, once per boot, on the base and on the
 * patched kernel alike, from a non-root memory cgroup (in the root cgroup
 * nothing is charged, which would hide the cost). Every timed metric does
 * a fixed amount of work and reports operations per second; each metric
 * runs once to warm up and then REPS times. Memory metrics report bytes.
 *
 * Output: one CSV line per sample, "metric,unit,value", to the file given
 * with -o (and a readable line per sample on stdout).
 *
 *   bpf-bench [-o FILE] [-r REPS] [-s SCALE] [-m PREFIX[,PREFIX...]]
 *
 * SCALE multiplies every operation count (for quick trials: -s 0.1); -m
 * runs only the metrics whose names start with one of the PREFIXes.
 * Only raw bpf(2) is used, so the same binary runs on either kernel.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <linux/bpf.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "../tests/lib/bpf-sys.h"

#define CG_ROOT "/sys/fs/cgroup"
#define CG_BENCH CG_ROOT "/bpf-bench"
#define LARGE 65536
#define MAX_CPUS 8192	/* CONFIG_NR_CPUS at most */

static FILE *csv;
static int reps = 5;
static double scale = 1.0;
static const char *only;

static int map_delete(int fd, const void *key)
{
	union bpf_attr attr;

	memset(&attr, 0, sizeof(attr));
	attr.map_fd = fd;
	attr.key = (unsigned long)key;
	return sys_bpf(BPF_MAP_DELETE_ELEM, &attr);
}

static struct bpf_insn insn(__u8 code, __u8 dst, __u8 src, __s16 off,
			    __s32 imm)
{
	struct bpf_insn i = {
		.code = code, .dst_reg = dst, .src_reg = src, .off = off,
		.imm = imm,
	};

	return i;
}

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static long count(long n)
{
	long c = n * scale;

	return c > 0 ? c : 1;
}

static int selected(const char *metric)
{
	const char *p = only;
	size_t n;

	if (!only)
		return 1;
	/* a comma-separated list of prefixes */
	while (*p) {
		n = strcspn(p, ",");
		if (n && !strncmp(metric, p, n))
			return 1;
		p += n + !!p[n];
	}
	return 0;
}

static void report(const char *metric, const char *unit, double value)
{
	printf("%-36s %14.1f %s\n", metric, value, unit);
	fflush(stdout);
	if (csv) {
		fprintf(csv, "%s,%s,%.3f\n", metric, unit, value);
		fflush(csv);
	}
}

/*
 * Run @fn (which does @n operations and returns the seconds they took, or
 * a negative number with errno set on failure) once to warm up, then
 * reps times, reporting operations per second. Deferred frees of maps and
 * programs run in kworkers; the pause after each run lets them finish
 * before the next run starts, so every run pays for the same amount.
 */
static void timed(const char *metric, long n,
		  double (*fn)(long n, const void *arg), const void *arg)
{
	double t;
	int r;

	if (!selected(metric))
		return;
	n = count(n);
	for (r = -1; r < reps; r++) {
		t = fn(n, arg);
		if (t < 0)
			die("%s: %s", metric, strerror(errno));
		if (r >= 0)
			report(metric, "ops/s", n / t);
		usleep(200000);
	}
}

/*
 * Operations per run, small (1 entry) and large (64Ki entries): about
 * half a second each under TCG, except for the 64Ki-entry percpu maps,
 * whose one creation (64Ki percpu allocations) takes about a second.
 */
struct map_def {
	const char *name;
	__u32 type, key, value, flags;
	long n_small, n_large;
};

static const struct map_def map_defs[] = {
	{ "array", BPF_MAP_TYPE_ARRAY, 4, 8, 0, 8000, 200 },
	{ "percpu_array", BPF_MAP_TYPE_PERCPU_ARRAY, 4, 8, 0, 6000, 1 },
	{ "hash", BPF_MAP_TYPE_HASH, 4, 8, 0, 5000, 12 },
	{ "hash_no_prealloc", BPF_MAP_TYPE_HASH, 4, 8, BPF_F_NO_PREALLOC,
	  20000, 50 },
	{ "percpu_hash", BPF_MAP_TYPE_PERCPU_HASH, 4, 8, 0, 4000, 1 },
	{ "lru_hash", BPF_MAP_TYPE_LRU_HASH, 4, 8, 0, 3000, 12 },
	{ "lpm_trie", BPF_MAP_TYPE_LPM_TRIE, 8, 8, BPF_F_NO_PREALLOC,
	  8000, 8000 },
	/* max_entries of a ring buffer is its size: 64 B per "entry" */
	{ "ringbuf", BPF_MAP_TYPE_RINGBUF, 0, 0, 0, 2500, 20 },
	{ "queue", BPF_MAP_TYPE_QUEUE, 0, 8, 0, 6000, 100 },
};

struct create_arg {
	const struct map_def *def;
	__u32 entries;
};

static double create_free(long n, const void *arg)
{
	const struct create_arg *a = arg;
	double t = now();
	int fd;

	while (n--) {
		fd = map_create(a->def->type, a->def->key, a->def->value,
				a->entries, a->def->flags);
		if (fd < 0)
			return -1;
		close(fd);
	}
	return now() - t;
}

static void bench_create_free(void)
{
	char metric[64];
	size_t i;

	for (i = 0; i < sizeof(map_defs) / sizeof(map_defs[0]); i++) {
		const struct map_def *d = &map_defs[i];
		int rb = d->type == BPF_MAP_TYPE_RINGBUF;
		struct create_arg small = { d, rb ? 4096 : 1 };
		struct create_arg large = { d, rb ? LARGE * 64 : LARGE };

		snprintf(metric, sizeof(metric), "create_free.%s.1", d->name);
		timed(metric, d->n_small, create_free, &small);
		snprintf(metric, sizeof(metric), "create_free.%s.64k", d->name);
		timed(metric, d->n_large, create_free, &large);
	}
}

/* bpf(2) from user space: insert a key that is not there, delete it. */
static double update_delete_syscall(long n, const void *arg)
{
	/* a value for every possible CPU, for percpu maps */
	static const __u64 values[MAX_CPUS] = { 1 };
	int fd = *(const int *)arg;
	double t = now();
	__u32 key;

	for (key = 0; key < n; key++) {
		if (map_update(fd, &key, values, BPF_NOEXIST) ||
		    map_delete(fd, &key))
			return -1;
	}
	return now() - t;
}

/*
 * The same from a BPF program: a socket filter doing update(NOEXIST) and
 * delete of one key, run n times by BPF_PROG_TEST_RUN.
 */
static int update_delete_prog(int map_fd)
{
	struct bpf_insn p[] = {
		/* *(u32 *)(fp - 4) = 1; *(u64 *)(fp - 16) = 1 */
		insn(BPF_ST | BPF_MEM | BPF_W, BPF_REG_10, 0, -4, 1),
		insn(BPF_ST | BPF_MEM | BPF_DW, BPF_REG_10, 0, -16, 1),
		/* r1 = map; r2 = fp - 4; r3 = fp - 16; r4 = BPF_NOEXIST */
		insn(BPF_LD | BPF_DW | BPF_IMM, BPF_REG_1, BPF_PSEUDO_MAP_FD, 0, map_fd),
		insn(0, 0, 0, 0, 0),
		insn(BPF_ALU64 | BPF_MOV | BPF_X, BPF_REG_2, BPF_REG_10, 0, 0),
		insn(BPF_ALU64 | BPF_ADD | BPF_K, BPF_REG_2, 0, 0, -4),
		insn(BPF_ALU64 | BPF_MOV | BPF_X, BPF_REG_3, BPF_REG_10, 0, 0),
		insn(BPF_ALU64 | BPF_ADD | BPF_K, BPF_REG_3, 0, 0, -16),
		insn(BPF_ALU64 | BPF_MOV | BPF_K, BPF_REG_4, 0, 0, BPF_NOEXIST),
		insn(BPF_JMP | BPF_CALL, 0, 0, 0, BPF_FUNC_map_update_elem),
		/* r1 = map; r2 = fp - 4; delete */
		insn(BPF_LD | BPF_DW | BPF_IMM, BPF_REG_1, BPF_PSEUDO_MAP_FD, 0, map_fd),
		insn(0, 0, 0, 0, 0),
		insn(BPF_ALU64 | BPF_MOV | BPF_X, BPF_REG_2, BPF_REG_10, 0, 0),
		insn(BPF_ALU64 | BPF_ADD | BPF_K, BPF_REG_2, 0, 0, -4),
		insn(BPF_JMP | BPF_CALL, 0, 0, 0, BPF_FUNC_map_delete_elem),
		insn(BPF_ALU64 | BPF_MOV | BPF_K, BPF_REG_0, 0, 0, 0),
		insn(BPF_JMP | BPF_EXIT, 0, 0, 0, 0),
	};

	return prog_load(p, sizeof(p) / sizeof(p[0]));
}

static double test_run(long n, const void *arg)
{
	static char pkt[64];
	union bpf_attr attr;
	double t;

	memset(&attr, 0, sizeof(attr));
	attr.test.prog_fd = *(const int *)arg;
	attr.test.data_in = (unsigned long)pkt;
	attr.test.data_size_in = sizeof(pkt);
	attr.test.repeat = n;
	t = now();
	if (sys_bpf(BPF_PROG_TEST_RUN, &attr))
		return -1;
	return now() - t;
}

static void bench_update_delete(void)
{
	int fd, prog;

	fd = map_create(BPF_MAP_TYPE_HASH, 4, 8, LARGE, BPF_F_NO_PREALLOC);
	if (fd < 0)
		die("hash map: %s", strerror(errno));
	timed("hash_update_delete.syscall", 50000, update_delete_syscall, &fd);
	prog = update_delete_prog(fd);
	if (prog < 0)
		die("update/delete program: %s", strerror(errno));
	timed("hash_update_delete.bpf_prog", 200000, test_run, &prog);
	close(prog);
	close(fd);

	/* each element also has a percpu area, allocated and freed with it */
	fd = map_create(BPF_MAP_TYPE_PERCPU_HASH, 4, 8, LARGE,
			BPF_F_NO_PREALLOC);
	if (fd < 0)
		die("percpu hash map: %s", strerror(errno));
	timed("percpu_hash_update_delete.syscall", 25000,
	      update_delete_syscall, &fd);
	close(fd);
}

struct insert_arg {
	__u32 type, key_size;
};

/*
 * Insert keys 0..n-1 (LPM trie, key_size 8: /32 prefixes) into @fd; 0, or
 * -1 with errno set.
 */
static int insert_keys(int fd, __u32 key_size, long n)
{
	struct { __u32 prefixlen, addr; } lpm_key = { 32, 0 };
	__u64 value[256] = { 1 };	/* room for a percpu value per CPU */
	__u32 i;

	for (i = 0; i < n; i++) {
		lpm_key.addr = __builtin_bswap32(i);
		if (map_update(fd, key_size == 8 ? (void *)&lpm_key : (void *)&i,
			       value, BPF_NOEXIST))
			return -1;
	}
	return 0;
}

/*
 * n new keys into a new non-preallocated map: only the inserts are timed,
 * not the creation or the free.
 */
static double insert(long n, const void *arg)
{
	const struct insert_arg *a = arg;
	double t;
	int fd;

	fd = map_create(a->type, a->key_size, 8, LARGE, BPF_F_NO_PREALLOC);
	if (fd < 0)
		return -1;
	t = now();
	if (insert_keys(fd, a->key_size, n)) {
		close(fd);
		return -1;
	}
	t = now() - t;
	close(fd);
	return t;
}

static void bench_inserts(void)
{
	static const struct insert_arg percpu = { BPF_MAP_TYPE_PERCPU_HASH, 4 };
	static const struct insert_arg lpm = { BPF_MAP_TYPE_LPM_TRIE, 8 };

	timed("insert.percpu_hash", 25000, insert, &percpu);
	timed("insert.lpm_trie", 50000, insert, &lpm);
}

static double load_1k(long n, const void *arg)
{
	const struct bpf_insn *p = arg;
	double t = now();
	int fd;

	while (n--) {
		fd = prog_load(p, 1000);
		if (fd < 0)
			return -1;
		close(fd);
	}
	return now() - t;
}

static void bench_prog_load(void)
{
	static struct bpf_insn p[1000];
	int i;

	p[0] = insn(BPF_ALU64 | BPF_MOV | BPF_K, BPF_REG_0, 0, 0, 0);
	for (i = 1; i < 999; i++)
		p[i] = insn(BPF_ALU64 | BPF_ADD | BPF_K, BPF_REG_0, 0, 0, 1);
	p[999] = insn(BPF_JMP | BPF_EXIT, 0, 0, 0, 0);
	timed("prog_load.1k_insns", 100, load_1k, p);
}

static void settle(void)
{
	/*
	 * Charges are batched per CPU: setting memory.high flushes the
	 * batches back to the cgroup before memory.current is read.
	 */
	write_file(CG_BENCH "/memory.high", "0\n");
	write_file(CG_BENCH "/memory.high", "max\n");
}

struct snapshot {
	long charged, slab, percpu;
};

static void snap(struct snapshot *s)
{
	settle();
	s->charged = read_long(CG_BENCH "/memory.current", NULL);
	s->slab = read_long("/proc/meminfo", "Slab:") * 1024;
	s->percpu = read_long("/proc/meminfo", "Percpu:") * 1024;
}

/*
 * Bytes per element of a non-preallocated map: what the owner's cgroup is
 * charged (nothing on the base, which charges RLIMIT_MEMLOCK instead) and
 * what slab and percpu memory grow by, which shows the overhead of
 * accounted objects themselves.
 */
static void element_bytes(const char *name, __u32 type, __u32 key_size)
{
	const long n = 20000;
	struct snapshot a, b;
	char metric[64];
	int fd, r;

	snprintf(metric, sizeof(metric), "mem.%s.", name);
	if (!selected(metric))
		return;
	for (r = 0; r < reps; r++) {
		fd = map_create(type, key_size, 8, LARGE, BPF_F_NO_PREALLOC);
		if (fd < 0)
			die("%s: %s", name, strerror(errno));
		snap(&a);
		if (insert_keys(fd, key_size, n))
			die("%s: update: %s", name, strerror(errno));
		snap(&b);
		close(fd);
		snprintf(metric, sizeof(metric), "mem.%s.charged_per_elem", name);
		report(metric, "bytes", (double)(b.charged - a.charged) / n);
		snprintf(metric, sizeof(metric), "mem.%s.slab_per_elem", name);
		report(metric, "bytes", (double)(b.slab - a.slab) / n);
		if (type == BPF_MAP_TYPE_PERCPU_HASH) {
			snprintf(metric, sizeof(metric), "mem.%s.percpu_per_elem", name);
			report(metric, "bytes", (double)(b.percpu - a.percpu) / n);
		}
		usleep(200000);
	}
}

/* The size of struct bpf_map, from the kernel's own BTF. */
static long btf_struct_size(const char *want)
{
	struct hdr {
		__u16 magic;
		__u8 version, flags;
		__u32 hdr_len, type_off, type_len, str_off, str_len;
	} *h;
	struct type {
		__u32 name_off, info, size;
	} *t;
	static char buf[64 << 20];
	char *types, *end, *strs;
	ssize_t len = 0, got;
	int fd;

	fd = open("/sys/kernel/btf/vmlinux", O_RDONLY);
	if (fd < 0)
		return -1;
	while ((got = read(fd, buf + len, sizeof(buf) - len)) > 0)
		len += got;
	close(fd);
	h = (struct hdr *)buf;
	if (len < (ssize_t)sizeof(*h) || h->magic != 0xeB9F)
		return -1;
	types = buf + h->hdr_len + h->type_off;
	end = types + h->type_len;
	strs = buf + h->hdr_len + h->str_off;
	while (types + sizeof(*t) <= end) {
		__u32 kind, vlen;

		t = (struct type *)types;
		kind = (t->info >> 24) & 0x1f;
		vlen = t->info & 0xffff;
		if (kind == 4 && !strcmp(strs + t->name_off, want))
			return t->size;
		types += sizeof(*t);
		switch (kind) {
		case 1: case 14:		/* int, var */
			types += 4;
			break;
		case 3:				/* array */
			types += 12;
			break;
		case 4: case 5: case 15:	/* struct, union, datasec */
			types += 12 * vlen;
			break;
		case 6: case 13:		/* enum, func_proto */
			types += 8 * vlen;
			break;
		default:			/* no data after the type */
			break;
		}
	}
	return -1;
}

static void bench_memory(void)
{
	long size;

	element_bytes("hash_no_prealloc", BPF_MAP_TYPE_HASH, 4);
	element_bytes("percpu_hash_no_prealloc", BPF_MAP_TYPE_PERCPU_HASH, 4);
	element_bytes("lpm_trie", BPF_MAP_TYPE_LPM_TRIE, 8);
	if (selected("mem.sizeof_bpf_map")) {
		size = btf_struct_size("bpf_map");
		if (size < 0)
			die("no struct bpf_map in /sys/kernel/btf/vmlinux");
		report("mem.sizeof_bpf_map", "bytes", size);
	}
}

static void enter_bench_cgroup(void)
{
	write_file(CG_ROOT "/cgroup.subtree_control", "+memory\n");
	if (mkdir(CG_BENCH, 0755) && errno != EEXIST)
		die("%s: %s", CG_BENCH, strerror(errno));
	write_file(CG_BENCH "/cgroup.procs", "%d\n", getpid());
}

static void leave_bench_cgroup(void)
{
	write_file(CG_ROOT "/cgroup.procs", "%d\n", getpid());
	rmdir(CG_BENCH);
}

int main(int argc, char **argv)
{
	struct rlimit inf = { RLIM_INFINITY, RLIM_INFINITY };
	const char *out = NULL;
	int opt;

	while ((opt = getopt(argc, argv, "o:r:s:m:")) != -1) {
		switch (opt) {
		case 'o':
			out = optarg;
			break;
		case 'r':
			reps = atoi(optarg);
			break;
		case 's':
			scale = atof(optarg);
			break;
		case 'm':
			only = optarg;
			break;
		default:
			fprintf(stderr, "usage: %s [-o FILE] [-r REPS] [-s SCALE] [-m PREFIX[,PREFIX...]]\n",
				argv[0]);
			return 2;
		}
	}
	if (out) {
		csv = fopen(out, "w");
		if (!csv)
			die("%s: %s", out, strerror(errno));
		fprintf(csv, "metric,unit,value\n");
	}
	/* the base charges RLIMIT_MEMLOCK: the large maps need it lifted */
	if (setrlimit(RLIMIT_MEMLOCK, &inf))
		die("setrlimit(RLIMIT_MEMLOCK): %s", strerror(errno));
	enter_bench_cgroup();
	printf("bpf-bench: %d runs per metric, scale %g, %ld CPUs\n", reps,
	       scale, sysconf(_SC_NPROCESSORS_ONLN));
	bench_create_free();
	bench_update_delete();
	bench_inserts();
	bench_prog_load();
	bench_memory();
	leave_bench_cgroup();
	if (csv && fclose(csv))
		die("%s: %s", out, strerror(errno));
	return 0;
}
