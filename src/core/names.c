/*
 * names.c: name keys.  Case, accents, punctuation and spacing are folded:
 * letters and digits are kept (folded to base letters), every run of other
 * characters becomes one space, and leading/trailing spaces are dropped.
 */
#include "names.h"
#include "utf8.h"

const char *
cp_name_key(cp_arena *arena, const char *name, size_t len, size_t *keylen)
{
	cp_buf		b;
	size_t		pos = 0;
	bool		pending_space = false;

	cp_buf_init(&b);
	while (pos < len)
	{
		uint32_t	cp;
		int			w = cp_utf8_decode(name + pos, len - pos, &cp);
		unsigned	cls = cp_uc_class(cp);

		pos += w;
		if (cls & CP_UC_MARK)
			continue;
		if (cls & CP_UC_APOS)
			continue;			/* "O'Brien" = "OBrien" */
		if (cls & (CP_UC_ALPHA | CP_UC_DIGIT))
		{
			char		enc[4];
			int			n = cp_utf8_encode(cp_uc_fold(cp), enc);

			if (pending_space && b.len)
				cp_buf_putc(arena, &b, ' ');
			pending_space = false;
			cp_buf_append(arena, &b, enc, n);
		}
		else
			pending_space = true;
	}
	*keylen = b.len;
	return cp_buf_cstr(arena, &b);
}
