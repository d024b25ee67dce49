// SPDX-License-Identifier: GPL-2.0
/*
 * bpf-stress: a randomised load on the code the series changes, for
 * make fuzz. trinity's bpf(2) generator only ever gets map creation
 * through (its lookups and updates pass a key that is not a pointer, its
 * programs never verify), so this drives what it cannot reach: maps of
 * every kind created at and past their size limits, elements added,
 * looked up, deleted and batched from bpf(2) and from programs, mmap of
 * mapped maps, while the workers move between memory cgroups whose
 * memory.max and memory.high keep changing and whose leaves are removed
 * and created again under maps that outlive them.
 *
 *   bpf-stress SECONDS CGROUP_DIR [WORKERS [UNPRIVILEGED_WORKERS]]
 *
 * CGROUP_DIR is a cgroup v2 directory the program may use freely (its
 * memory.max bounds everything). It prints one line per operation kind:
 * attempted, succeeded, and the errors seen; it exits 0 unless it could
 * not run at all. Kernel problems show in dmesg, not here.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>

#include "../lib/bpf-sys.h"

#define NR_SLOTS	8	/* maps a worker holds at a time */
#define NR_LEAVES	3
#define MAX_ERRNO	140

enum op {
	OP_CREATE, OP_CLOSE, OP_UPDATE, OP_LOOKUP, OP_DELETE, OP_NEXT_KEY,
	OP_BATCH, OP_PROG, OP_MMAP, OP_MOVE, NR_OPS
};

static const char *const op_names[NR_OPS] = {
	"map_create", "map_close", "map_update", "map_lookup", "map_delete",
	"map_get_next_key", "map_batch", "prog_run", "map_mmap", "cgroup_move",
};

/* counters shared by all workers: attempted, succeeded, errno histogram */
struct stats {
	unsigned long tried[NR_OPS], ok[NR_OPS];
	unsigned long err[NR_OPS][MAX_ERRNO];
};

static struct stats *stats;
static char cgdir[4096];
static volatile sig_atomic_t stop;

static unsigned long long rnd_state;

static unsigned long long rnd(void)
{
	/* xorshift64*: cheap, and a seed per worker is enough */
	rnd_state ^= rnd_state >> 12;
	rnd_state ^= rnd_state << 25;
	rnd_state ^= rnd_state >> 27;
	return rnd_state * 2685821657736338717ULL;
}

static unsigned int pick(unsigned int n)
{
	return rnd() % n;
}

static void count(enum op op, int ret)
{
	__atomic_fetch_add(&stats->tried[op], 1, __ATOMIC_RELAXED);
	if (ret >= 0)
		__atomic_fetch_add(&stats->ok[op], 1, __ATOMIC_RELAXED);
	else if (errno > 0 && errno < MAX_ERRNO)
		__atomic_fetch_add(&stats->err[op][errno], 1,
				   __ATOMIC_RELAXED);
}

/* ---- what maps look like ---- */

static const __u32 types[] = {
	BPF_MAP_TYPE_HASH, BPF_MAP_TYPE_ARRAY, BPF_MAP_TYPE_PERCPU_HASH,
	BPF_MAP_TYPE_PERCPU_ARRAY, BPF_MAP_TYPE_LRU_HASH,
	BPF_MAP_TYPE_LRU_PERCPU_HASH, BPF_MAP_TYPE_LPM_TRIE,
	BPF_MAP_TYPE_QUEUE, BPF_MAP_TYPE_STACK, BPF_MAP_TYPE_RINGBUF,
	BPF_MAP_TYPE_STACK_TRACE, BPF_MAP_TYPE_DEVMAP_HASH,
	BPF_MAP_TYPE_SOCKHASH, BPF_MAP_TYPE_SOCKMAP, BPF_MAP_TYPE_DEVMAP,
	BPF_MAP_TYPE_PROG_ARRAY, BPF_MAP_TYPE_CPUMAP, BPF_MAP_TYPE_XSKMAP,
	BPF_MAP_TYPE_REUSEPORT_SOCKARRAY, BPF_MAP_TYPE_CGROUP_STORAGE,
};

/* sizes at and around the limits the map types check */
static const __u32 sizes[] = {
	0, 1, 4, 5, 8, 12, 16, 64, 260, 261, 512, 513, 4096, 4097, 32768,
	32769, 65480, 65536, 4193743, 4193744, 4194304, 4194305,
};

static const __u32 entries[] = {
	0, 1, 2, 64, 65, 1024, 4096, 65479, 65536, 65537, 1 << 20,
	(1 << 20) + 1, 1 << 27, (1 << 27) + 1, 1 << 28, (1 << 28) + 1,
	7561563, 0x7fffffff, 0x80000000, 0x80000001, 0xfffffffe, 0xffffffff,
};

static const __u32 flag_bits[] = {
	BPF_F_NO_PREALLOC, BPF_F_NO_COMMON_LRU, BPF_F_MMAPABLE,
	BPF_F_RDONLY_PROG, BPF_F_ZERO_SEED,
};

struct slot {
	int fd;
	__u32 type, key_size, value_size, max_entries, flags;
};

static struct slot slots[NR_SLOTS];
static unsigned char *kbuf, *vbuf;	/* big enough for any key/value */
#define BUF_SIZE (4194304 * 4 + 4096)

static __u32 a_size(void)
{
	/* half of the time something small and valid-looking */
	if (pick(2))
		return (const __u32[]){ 4, 8, 16, 64 }[pick(4)];
	return sizes[pick(sizeof(sizes) / sizeof(sizes[0]))];
}

static __u32 some_entries(void)
{
	if (pick(2))
		return 1 + pick(4096);
	return entries[pick(sizeof(entries) / sizeof(entries[0]))];
}

static void op_create(void)
{
	struct slot *s = &slots[pick(NR_SLOTS)];
	union bpf_attr attr;
	unsigned int i;
	int fd;

	memset(&attr, 0, sizeof(attr));
	attr.map_type = types[pick(sizeof(types) / sizeof(types[0]))];
	attr.key_size = a_size();
	attr.value_size = a_size();
	attr.max_entries = some_entries();
	for (i = 0; i < sizeof(flag_bits) / sizeof(flag_bits[0]); i++)
		if (!pick(4))
			attr.map_flags |= flag_bits[i];
	/* types with fixed shapes: mostly give them one that works */
	if (pick(4)) {
		switch (attr.map_type) {
		case BPF_MAP_TYPE_ARRAY:
		case BPF_MAP_TYPE_PERCPU_ARRAY:
			attr.key_size = 4;
			break;
		case BPF_MAP_TYPE_LPM_TRIE:
			attr.key_size = 8;
			attr.map_flags |= BPF_F_NO_PREALLOC;
			break;
		case BPF_MAP_TYPE_QUEUE:
		case BPF_MAP_TYPE_STACK:
			attr.key_size = 0;
			break;
		case BPF_MAP_TYPE_RINGBUF:
			attr.key_size = attr.value_size = 0;
			attr.max_entries = 4096U << pick(12);
			attr.map_flags = 0;
			break;
		case BPF_MAP_TYPE_STACK_TRACE:
			attr.key_size = 4;
			attr.value_size = 8 * (1 + pick(16));
			break;
		case BPF_MAP_TYPE_CGROUP_STORAGE:
			attr.key_size = 8;
			attr.max_entries = 0;
			break;
		default:
			attr.key_size = 4;
			attr.value_size = pick(2) ? 4 : 8;
			break;
		}
	}
	/*
	 * A per-cpu map with millions of elements that fits in the cgroup is
	 * built one per-cpu allocation at a time: on a KASAN kernel under TCG
	 * that takes a quarter of an hour, a fatal signal ends it only when
	 * it returns, and kmemleak's scan of millions of objects afterwards
	 * does not end in the guest's time. test_bpf_map_limits creates those
	 * (percpu_hash_elems_wrap_4g) on purpose; here they are kept to 64Ki,
	 * and the counts that cannot fit (1 << 27 and up) still fail.
	 */
	if ((attr.map_type == BPF_MAP_TYPE_PERCPU_HASH ||
	     attr.map_type == BPF_MAP_TYPE_LRU_PERCPU_HASH ||
	     attr.map_type == BPF_MAP_TYPE_PERCPU_ARRAY) &&
	    !(attr.map_flags & BPF_F_NO_PREALLOC) &&
	    attr.max_entries > 65536 && attr.max_entries < (1U << 27))
		attr.max_entries = 65536;
	fd = sys_bpf(BPF_MAP_CREATE, &attr);
	count(OP_CREATE, fd);
	if (fd < 0)
		return;
	if (s->fd > 0)
		close(s->fd);
	s->fd = fd;
	s->type = attr.map_type;
	s->key_size = attr.key_size;
	s->value_size = attr.value_size;
	s->max_entries = attr.max_entries;
	s->flags = attr.map_flags;
}

static struct slot *a_map(void)
{
	struct slot *s = &slots[pick(NR_SLOTS)];

	return s->fd > 0 ? s : NULL;
}

static void fill_key(const struct slot *s)
{
	__u32 idx;

	/* indexes near both ends, random bytes otherwise */
	idx = pick(2) ? pick(16) : s->max_entries - 1 - pick(16);
	if (s->key_size >= 4 && s->key_size <= 8 && pick(2)) {
		memset(kbuf, 0, s->key_size);
		memcpy(kbuf, &idx, 4);
	} else {
		memset(kbuf, (int)pick(4), s->key_size);
	}
	if (s->type == BPF_MAP_TYPE_LPM_TRIE && s->key_size >= 4) {
		__u32 plen = pick((s->key_size - 4) * 8 + 2);

		memcpy(kbuf, &plen, 4);
	}
}

static void op_elem(enum op op)
{
	struct slot *s = a_map();
	union bpf_attr attr;
	int ret;

	if (!s)
		return;
	fill_key(s);
	memset(vbuf, (int)pick(256), 64);
	memset(&attr, 0, sizeof(attr));
	attr.map_fd = s->fd;
	attr.key = (unsigned long)kbuf;
	attr.value = (unsigned long)vbuf;
	switch (op) {
	case OP_UPDATE:
		attr.flags = pick(3);
		/* sockmaps and devmaps take an fd or an ifindex */
		if (s->type == BPF_MAP_TYPE_DEVMAP ||
		    s->type == BPF_MAP_TYPE_DEVMAP_HASH) {
			__u32 lo = 1;

			memcpy(vbuf, &lo, 4);
		}
		ret = sys_bpf(BPF_MAP_UPDATE_ELEM, &attr);
		break;
	case OP_LOOKUP:
		ret = sys_bpf(pick(4) ? BPF_MAP_LOOKUP_ELEM :
			      BPF_MAP_LOOKUP_AND_DELETE_ELEM, &attr);
		break;
	case OP_DELETE:
		attr.value = 0;
		ret = sys_bpf(BPF_MAP_DELETE_ELEM, &attr);
		break;
	default:
		attr.next_key = (unsigned long)vbuf;
		if (!pick(4))
			attr.key = 0;
		ret = sys_bpf(BPF_MAP_GET_NEXT_KEY, &attr);
		break;
	}
	count(op, ret);
}

static void op_batch(void)
{
	struct slot *s = a_map();
	union bpf_attr attr;
	__u64 in = 0, out = 0;
	__u32 n;
	int ret;

	if (!s)
		return;
	/* as many elements as fit in the buffers */
	n = 1 + pick(64);
	if ((unsigned long long)n * (s->key_size + s->value_size * 4 + 8) >
	    BUF_SIZE / 2)
		n = 1;
	memset(&attr, 0, sizeof(attr));
	attr.batch.map_fd = s->fd;
	attr.batch.keys = (unsigned long)kbuf;
	attr.batch.values = (unsigned long)vbuf;
	attr.batch.count = n;
	if (pick(2)) {
		attr.batch.in_batch = pick(2) ? (unsigned long)&in : 0;
		attr.batch.out_batch = (unsigned long)&out;
		ret = sys_bpf(BPF_MAP_LOOKUP_BATCH, &attr);
	} else {
		memset(kbuf, (int)pick(4), (size_t)n * s->key_size);
		ret = sys_bpf(BPF_MAP_UPDATE_BATCH, &attr);
	}
	count(OP_BATCH, ret);
}

#define INSN(c, d, s, o, i) \
	((struct bpf_insn){ .code = (c), .dst_reg = (d), .src_reg = (s), \
			    .off = (o), .imm = (i) })

/*
 * A socket filter that looks an element up, updates it (with a key and
 * value from its stack) and, for a ring buffer, outputs a record; run
 * once with BPF_PROG_TEST_RUN so the map is used from a program.
 */
static void op_prog(void)
{
	struct slot *s = a_map();
	struct bpf_insn insns[32];
	union bpf_attr attr;
	char pkt[64] = { 0 };
	int n = 0, prog, ret;
	__u32 idx;

	if (!s || s->key_size > 64 || s->value_size > 64)
		return;
	idx = pick(2) ? 0 : s->max_entries - 1;
	/* key at fp-64, value at fp-128 */
	insns[n++] = INSN(BPF_ST | BPF_MEM | BPF_DW, BPF_REG_10, 0, -128, 1);
	for (ret = 0; ret < 8; ret++)
		insns[n++] = INSN(BPF_ST | BPF_MEM | BPF_DW, BPF_REG_10, 0,
				  -64 + 8 * ret, ret ? 0 : (int)idx);
	insns[n++] = INSN(BPF_LD | BPF_DW | BPF_IMM, BPF_REG_1,
			  BPF_PSEUDO_MAP_FD, 0, s->fd);
	insns[n++] = INSN(0, 0, 0, 0, 0);
	insns[n++] = INSN(BPF_ALU64 | BPF_MOV | BPF_X, BPF_REG_2, BPF_REG_10,
			  0, 0);
	insns[n++] = INSN(BPF_ALU64 | BPF_ADD | BPF_K, BPF_REG_2, 0, 0, -64);
	if (s->type == BPF_MAP_TYPE_RINGBUF) {
		insns[n++] = INSN(BPF_ALU64 | BPF_MOV | BPF_K, BPF_REG_3, 0,
				  0, 8);
		insns[n++] = INSN(BPF_ALU64 | BPF_MOV | BPF_K, BPF_REG_4, 0,
				  0, 0);
		insns[n++] = INSN(BPF_JMP | BPF_CALL, 0, 0, 0,
				  BPF_FUNC_ringbuf_output);
	} else if (pick(2)) {
		insns[n++] = INSN(BPF_JMP | BPF_CALL, 0, 0, 0,
				  BPF_FUNC_map_lookup_elem);
		insns[n++] = INSN(BPF_JMP | BPF_JEQ | BPF_K, BPF_REG_0, 0, 1,
				  0);
		insns[n++] = INSN(BPF_ST | BPF_MEM | BPF_W, BPF_REG_0, 0, 0,
				  7);
	} else {
		insns[n++] = INSN(BPF_ALU64 | BPF_MOV | BPF_X, BPF_REG_3,
				  BPF_REG_10, 0, 0);
		insns[n++] = INSN(BPF_ALU64 | BPF_ADD | BPF_K, BPF_REG_3, 0,
				  0, -128);
		insns[n++] = INSN(BPF_ALU64 | BPF_MOV | BPF_K, BPF_REG_4, 0,
				  0, 0);
		insns[n++] = INSN(BPF_JMP | BPF_CALL, 0, 0, 0,
				  BPF_FUNC_map_update_elem);
	}
	insns[n++] = INSN(BPF_ALU64 | BPF_MOV | BPF_K, BPF_REG_0, 0, 0, 0);
	insns[n++] = INSN(BPF_JMP | BPF_EXIT, 0, 0, 0, 0);

	prog = prog_load(insns, n);
	if (prog < 0) {
		count(OP_PROG, prog);
		return;
	}
	memset(&attr, 0, sizeof(attr));
	attr.test.prog_fd = prog;
	attr.test.data_in = (unsigned long)pkt;
	attr.test.data_size_in = sizeof(pkt);
	attr.test.repeat = 1 + pick(16);
	ret = sys_bpf(BPF_PROG_TEST_RUN, &attr);
	count(OP_PROG, ret);
	close(prog);
}

static void op_mmap(void)
{
	struct slot *s = a_map();
	size_t len;
	void *p;

	if (!s || !(s->type == BPF_MAP_TYPE_RINGBUF ||
		    (s->flags & BPF_F_MMAPABLE)))
		return;
	len = 4096 * (1 + pick(4));
	p = mmap(NULL, len, PROT_READ | (pick(2) ? PROT_WRITE : 0),
		 MAP_SHARED, s->fd, 0);
	count(OP_MMAP, p == MAP_FAILED ? -1 : 0);
	if (p != MAP_FAILED) {
		(void)*(volatile char *)p;
		munmap(p, len);
	}
}

static void leaf(char *buf, size_t len, unsigned int i)
{
	snprintf(buf, len, "%s/leaf%u", cgdir, i);
}

static void op_move(void)
{
	char path[4200], pid[32];
	int fd, ret;

	leaf(path, sizeof(path), pick(NR_LEAVES));
	strcat(path, "/cgroup.procs");
	snprintf(pid, sizeof(pid), "%d", getpid());
	fd = open(path, O_WRONLY);
	ret = fd < 0 ? -1 : (int)write(fd, pid, strlen(pid));
	count(OP_MOVE, ret);
	if (fd >= 0)
		close(fd);
}

static void worker(unsigned int id, bool unpriv, time_t end)
{
	struct rlimit inf = { RLIM_INFINITY, RLIM_INFINITY };
	unsigned int i;

	rnd_state = 0x9e3779b97f4a7c15ULL * (id + 1) ^ (unsigned long)time(NULL);
	/* the base kernel still charges RLIMIT_MEMLOCK */
	setrlimit(RLIMIT_MEMLOCK, &inf);
	op_move();
	if (unpriv && (setresgid(65534, 65534, 65534) ||
		       setresuid(65534, 65534, 65534)))
		_exit(1);
	/*
	 * Untouched, these read as zero pages and charge nothing: a worker
	 * stays small in a cgroup whose memory.max is a few MiB.
	 */
	kbuf = mmap(NULL, BUF_SIZE, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	vbuf = mmap(NULL, BUF_SIZE, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (kbuf == MAP_FAILED || vbuf == MAP_FAILED)
		_exit(1);
	while (!stop && time(NULL) < end) {
		switch (pick(20)) {
		case 0: case 1: case 2:
			op_create();
			break;
		case 3: {
			struct slot *s = a_map();

			if (s) {
				count(OP_CLOSE, close(s->fd));
				s->fd = 0;
			}
			break;
		}
		case 4: case 5: case 6: case 7:
			op_elem(OP_UPDATE);
			break;
		case 8: case 9:
			op_elem(OP_LOOKUP);
			break;
		case 10:
			op_elem(OP_DELETE);
			break;
		case 11:
			op_elem(OP_NEXT_KEY);
			break;
		case 12: case 13:
			op_batch();
			break;
		case 14: case 15: case 16:
			op_prog();
			break;
		case 17:
			op_mmap();
			break;
		default:
			if (!unpriv)
				op_move();
			break;
		}
	}
	for (i = 0; i < NR_SLOTS; i++)
		if (slots[i].fd > 0)
			close(slots[i].fd);
	_exit(0);
}

static void try_write(const char *dir, const char *file, const char *val)
{
	char path[4200];
	int fd;

	snprintf(path, sizeof(path), "%s/%s", dir, file);
	fd = open(path, O_WRONLY);
	if (fd >= 0) {
		if (write(fd, val, strlen(val)) < 0)
			(void)0;
		close(fd);
	}
}

/*
 * The controller: random memory.max and memory.high on the leaves, and
 * leaves removed (when no worker is in them) and made again, so that maps
 * outlive the cgroup that owns them.
 */
static void controller(time_t end)
{
	char path[4200], val[32];
	unsigned int i;

	rnd_state = 0x243f6a8885a308d3ULL ^ (unsigned long)time(NULL);
	while (!stop && time(NULL) < end) {
		i = pick(NR_LEAVES);
		leaf(path, sizeof(path), i);
		switch (pick(6)) {
		case 0:
			try_write(path, "memory.max", "max");
			break;
		case 1:
			snprintf(val, sizeof(val), "%uM", 8 + pick(256));
			try_write(path, "memory.max", val);
			break;
		case 2:
			snprintf(val, sizeof(val), "%uM", 8 + pick(128));
			try_write(path, "memory.high", val);
			break;
		case 3:
			try_write(path, "memory.high", "max");
			break;
		default:
			/* only succeeds when the leaf is empty */
			if (!rmdir(path))
				mkdir(path, 0755);
			else
				mkdir(path, 0755);
			break;
		}
		usleep(20000 + pick(200000));
	}
}

static void on_signal(int sig)
{
	stop = 1;
}

static volatile sig_atomic_t late;

static void on_alarm(int sig)
{
	late = 1;
}

int main(int argc, char **argv)
{
	unsigned int workers, unpriv, i, e, respawned = 0;
	pid_t pids[64];
	char path[4200];
	struct sigaction sa;
	time_t end;
	pid_t pid;

	if (argc < 3)
		die("usage: bpf-stress SECONDS CGROUP_DIR [WORKERS [UNPRIV]]");
	end = time(NULL) + atoi(argv[1]);
	snprintf(cgdir, sizeof(cgdir), "%s", argv[2]);
	workers = argc > 3 ? atoi(argv[3]) : 3;
	unpriv = argc > 4 ? atoi(argv[4]) : 1;
	if (workers + unpriv > 64)
		die("at most 64 workers");

	stats = mmap(NULL, sizeof(*stats), PROT_READ | PROT_WRITE,
		     MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (stats == MAP_FAILED)
		die("mmap: %s", strerror(errno));
	try_write(cgdir, "cgroup.subtree_control", "+memory");
	for (i = 0; i < NR_LEAVES; i++) {
		leaf(path, sizeof(path), i);
		mkdir(path, 0755);
		/* unprivileged workers may move within the leaves */
		if (chown(path, 65534, 65534))
			(void)0;
		strcat(path, "/cgroup.procs");
		if (chown(path, 65534, 65534))
			(void)0;
	}
	signal(SIGINT, on_signal);
	signal(SIGTERM, on_signal);

	for (i = 0; i < workers + unpriv; i++) {
		pids[i] = fork();
		if (pids[i] < 0)
			die("fork: %s", strerror(errno));
		if (!pids[i])
			worker(i, i >= workers, end);
	}
	pid = fork();
	if (!pid) {
		controller(end);
		_exit(0);
	}
	/*
	 * A worker still inside a system call a minute after the end (a map
	 * of millions of per-cpu elements takes many minutes under KASAN and
	 * TCG, and a fatal signal ends it only when it returns) does not
	 * hold up the summary: no SA_RESTART, so the alarm ends the wait().
	 */
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_alarm;
	sigaction(SIGALRM, &sa, NULL);
	alarm(end > time(NULL) ? end - time(NULL) + 60 : 60);
	/* a worker killed by a memcg OOM is replaced until the time is up */
	while (!late && ((pid = wait(NULL)) > 0 || errno == EINTR)) {
		for (i = 0; i < workers + unpriv; i++) {
			if (pid <= 0 || pids[i] != pid)
				continue;
			if (time(NULL) >= end || stop)
				break;
			respawned++;
			pids[i] = fork();
			if (!pids[i])
				worker(i + respawned * 16, i >= workers, end);
		}
	}

	if (late) {
		for (i = 0, e = 0; i < workers + unpriv; i++)
			if (waitpid(pids[i], NULL, WNOHANG) == 0 &&
			    !kill(pids[i], SIGKILL))
				e++;
		printf("late: %u worker(s) still in a system call 60 s after the end, killed\n",
		       e);
	}
	printf("workers: %u privileged, %u unprivileged, %u restarted\n",
	       workers, unpriv, respawned);
	printf("%-18s %10s %10s  errors\n", "operation", "attempted",
	       "succeeded");
	for (i = 0; i < NR_OPS; i++) {
		printf("%-18s %10lu %10lu ", op_names[i], stats->tried[i],
		       stats->ok[i]);
		for (e = 1; e < MAX_ERRNO; e++)
			if (stats->err[i][e])
				printf(" %s:%lu", strerrorname_np(e) ?
				       strerrorname_np(e) : "?",
				       stats->err[i][e]);
		printf("\n");
	}
	return 0;
}
