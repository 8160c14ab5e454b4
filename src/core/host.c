/*
 * host.c: the allocator and interrupt hooks the embedding program installs.
 */
#include "host.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *
malloc_or_abort(size_t size)
{
	void	   *p = malloc(size ? size : 1);

	if (p == NULL)
	{
		fprintf(stderr, "corpus: out of memory (%zu bytes)\n", size);
		abort();
	}
	return p;
}

static void
no_interrupts(void)
{
}

const cp_host cp_malloc_host = {
	.alloc = malloc_or_abort,
	.release = free,
	.alloc_persistent = malloc_or_abort,
	.check_interrupts = no_interrupts,
};

static const cp_host *current_host = &cp_malloc_host;

void
cp_set_host(const cp_host *host)
{
	current_host = host ? host : &cp_malloc_host;
}

const cp_host *
cp_get_host(void)
{
	return current_host;
}

void *
cp_alloc(size_t size)
{
	return current_host->alloc(size);
}

void *
cp_alloc0(size_t size)
{
	void	   *p = current_host->alloc(size);

	memset(p, 0, size);
	return p;
}

void
cp_release(void *ptr)
{
	if (ptr)
		current_host->release(ptr);
}

void *
cp_alloc_persistent(size_t size)
{
	return current_host->alloc_persistent(size);
}

void *
cp_alloc_cache(size_t size)
{
	void	   *p;

	if (current_host->alloc_cache)
		return current_host->alloc_cache(size);
	p = current_host->alloc_persistent(size);
	memset(p, 0, size);
	return p;
}

void
cp_check_interrupts(void)
{
	current_host->check_interrupts();
}
