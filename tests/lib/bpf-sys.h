/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Raw bpf(2) and cgroup file helpers shared by the harness's guest programs
 * (tests/demo/memcg-demo.c, bench/bpf-bench.c). No libbpf: the same binary
 * runs on the base and on the patched kernel. Errors that leave a program
 * nothing sensible to do end it with a message naming the program.
 */
#ifndef BPF_MEMCG_BPF_SYS_H
#define BPF_MEMCG_BPF_SYS_H

#include <errno.h>
#include <linux/bpf.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

extern char *program_invocation_short_name;

static inline void __attribute__((format(printf, 1, 2), noreturn))
die(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", program_invocation_short_name);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\n");
	exit(1);
}

static inline int sys_bpf(int cmd, union bpf_attr *attr)
{
	return syscall(__NR_bpf, cmd, attr, sizeof(*attr));
}

static inline int map_create(__u32 type, __u32 key, __u32 value,
			     __u32 entries, __u32 flags)
{
	union bpf_attr attr;

	memset(&attr, 0, sizeof(attr));
	attr.map_type = type;
	attr.key_size = key;
	attr.value_size = value;
	attr.max_entries = entries;
	attr.map_flags = flags;
	return sys_bpf(BPF_MAP_CREATE, &attr);
}

static inline int map_update(int fd, const void *key, const void *value,
			     __u64 flags)
{
	union bpf_attr attr;

	memset(&attr, 0, sizeof(attr));
	attr.map_fd = fd;
	attr.key = (unsigned long)key;
	attr.value = (unsigned long)value;
	attr.flags = flags;
	return sys_bpf(BPF_MAP_UPDATE_ELEM, &attr);
}

/* A socket filter: runs on the base kernel and needs no privilege. */
static inline int prog_load(const struct bpf_insn *insns, __u32 cnt)
{
	union bpf_attr attr;

	memset(&attr, 0, sizeof(attr));
	attr.prog_type = BPF_PROG_TYPE_SOCKET_FILTER;
	attr.insns = (unsigned long)insns;
	attr.insn_cnt = cnt;
	attr.license = (unsigned long)"GPL";
	return sys_bpf(BPF_PROG_LOAD, &attr);
}

static inline void __attribute__((format(printf, 2, 3)))
write_file(const char *path, const char *fmt, ...)
{
	va_list ap;
	FILE *f = fopen(path, "w");

	if (!f)
		die("cannot open %s: %s", path, strerror(errno));
	va_start(ap, fmt);
	vfprintf(f, fmt, ap);
	va_end(ap);
	if (fclose(f))
		die("cannot write %s: %s", path, strerror(errno));
}

/*
 * The number after @prefix on the first line starting with it (the first
 * line if @prefix is NULL), or -1 if there is no such line.
 */
static inline long read_long(const char *path, const char *prefix)
{
	size_t n = prefix ? strlen(prefix) : 0;
	char line[256];
	long v = -1;
	FILE *f;

	f = fopen(path, "r");
	if (!f)
		die("cannot open %s: %s", path, strerror(errno));
	while (fgets(line, sizeof(line), f)) {
		if (!prefix || !strncmp(line, prefix, n)) {
			v = atol(line + n);
			break;
		}
	}
	fclose(f);
	return v;
}

#endif /* BPF_MEMCG_BPF_SYS_H */
