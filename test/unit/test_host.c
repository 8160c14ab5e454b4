/*
 * test_host.c: the injected host: the default malloc host, a host of the
 * caller's own receiving every call, the optional cache allocator, and
 * resetting to the default.
 */
#include "unit.h"

#include "host.h"

#include <stdlib.h>

static int	allocs,
			releases,
			persistent,
			caches,
			interrupts;

static void *
count_alloc(size_t size)
{
	allocs++;
	return malloc(size);
}

static void
count_release(void *p)
{
	releases++;
	free(p);
}

static void *
count_persistent(size_t size)
{
	persistent++;
	return malloc(size);
}

static void *
count_cache(size_t size)
{
	caches++;
	return calloc(1, size);
}

static void
count_interrupts(void)
{
	interrupts++;
}

static const cp_host counting_host = {
	.alloc = count_alloc,
	.release = count_release,
	.alloc_persistent = count_persistent,
	.check_interrupts = count_interrupts,
};

static const cp_host caching_host = {
	.alloc = count_alloc,
	.release = count_release,
	.alloc_persistent = count_persistent,
	.alloc_cache = count_cache,
	.check_interrupts = count_interrupts,
};

/* Whether p[0..n) is all zero bytes. */
static bool
all_zero(const unsigned char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (p[i] != 0)
			return false;
	return true;
}

int
main(void)
{
	unsigned char *p;
	void	   *q;

	CHECK(cp_get_host() == &cp_malloc_host);
	cp_set_host(&counting_host);
	CHECK(cp_get_host() == &counting_host);
	p = cp_alloc0(64);
	CHECK(all_zero(p, 64));
	cp_release(p);
	cp_release(NULL);			/* NULL never reaches the host */
	q = cp_alloc_persistent(8);
	cp_check_interrupts();
	CHECK_INT(allocs, 1);
	CHECK_INT(releases, 1);
	CHECK_INT(persistent, 1);
	CHECK_INT(interrupts, 1);
	free(q);
	/* a host without a cache allocator: persistent memory, zeroed here */
	p = cp_alloc_cache(4096);
	CHECK(all_zero(p, 4096));
	CHECK_INT(persistent, 2);
	free(p);
	/* one with it: its memory, as given */
	cp_set_host(&caching_host);
	p = cp_alloc_cache(4096);
	CHECK(all_zero(p, 4096));
	CHECK_INT(caches, 1);
	CHECK_INT(persistent, 2);
	free(p);
	/* NULL puts the malloc host back */
	cp_set_host(NULL);
	CHECK(cp_get_host() == &cp_malloc_host);
	q = cp_alloc(0);			/* a zero-byte request still gives a pointer */
	CHECK(q != NULL);
	cp_release(q);
	CHECK_INT(allocs, 1);
	UNIT_DONE("host");
}
