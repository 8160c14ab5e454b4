/*
 * calendar.c: day-number arithmetic (proleptic Gregorian) and date literals.
 */
#include "calendar.h"

#include "numbers.h"
#include "utf8.h"

#include <string.h>

const cp_calendar_name cp_calendar_names[] = {
	{"january", 1, -1}, {"jan", 1, -1}, {"february", 2, -1}, {"feb", 2, -1},
	{"march", 3, -1}, {"mar", 3, -1}, {"april", 4, -1}, {"apr", 4, -1}, {"may", 5, -1},
	{"june", 6, -1}, {"jun", 6, -1}, {"july", 7, -1}, {"jul", 7, -1}, {"august", 8, -1},
	{"aug", 8, -1}, {"september", 9, -1}, {"sep", 9, -1}, {"sept", 9, -1},
	{"october", 10, -1}, {"oct", 10, -1}, {"november", 11, -1}, {"nov", 11, -1},
	{"december", 12, -1}, {"dec", 12, -1},
	{"monday", 0, 0}, {"mon", 0, 0}, {"tuesday", 0, 1}, {"tue", 0, 1}, {"tues", 0, 1},
	{"wednesday", 0, 2}, {"wed", 0, 2}, {"thursday", 0, 3}, {"thu", 0, 3}, {"thur", 0, 3},
	{"thurs", 0, 3}, {"friday", 0, 4}, {"fri", 0, 4}, {"saturday", 0, 5}, {"sat", 0, 5},
	{"sunday", 0, 6}, {"sun", 0, 6},
};

const size_t cp_calendar_nnames = sizeof(cp_calendar_names) / sizeof(cp_calendar_names[0]);

/* The entry for s[0..len), one trailing period allowed ("Jan.", "Tues."); NULL if none. */
static const cp_calendar_name *
calendar_name(const char *s, size_t len)
{
	if (len > 0 && s[len - 1] == '.')
		len--;
	/* asked of most words of a text: the first letter turns most away */
	if (len < 3 || len > 9)
		return NULL;
	for (size_t i = 0; i < cp_calendar_nnames; i++)
	{
		const char *w = cp_calendar_names[i].word;

		if (w[0] == (s[0] | 0x20) && strlen(w) == len && cp_ascii_ieq(s, w, len))
			return &cp_calendar_names[i];
	}
	return NULL;
}

int
cp_month_from_name(const char *s, size_t len)
{
	const cp_calendar_name *n = calendar_name(s, len);

	return n ? n->month : 0;
}

int
cp_weekday_from_name(const char *s, size_t len)
{
	const cp_calendar_name *n = calendar_name(s, len);

	return n ? n->wday : -1;
}

static bool
is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int
cp_days_in_month(int year, int month)
{
	static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (month < 1 || month > 12)
		return 0;
	return days[month - 1] + (month == 2 && is_leap(year));
}

bool
cp_date_valid(int year, int month, int day)
{
	return year >= 1 && year <= 9999 && month >= 1 && month <= 12 &&
		day >= 1 && day <= cp_days_in_month(year, month);
}

/* Howard Hinnant's days-from-civil algorithm, shifted to the 2000-01-01 epoch. */
int32_t
cp_date_to_days(int year, int month, int day)
{
	int			y = year - (month <= 2);
	int			era = (y >= 0 ? y : y - 399) / 400;
	int			yoe = y - era * 400;
	int			doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
	int			doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return (int32_t) (era * 146097 + doe - 719468 - 10957);
}

cp_date
cp_days_to_date(int32_t days)
{
	int32_t		z = days + 10957 + 719468;
	int32_t		era = (z >= 0 ? z : z - 146096) / 146097;
	int32_t		doe = z - era * 146097;
	int32_t		yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int32_t		doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int32_t		mp = (5 * doy + 2) / 153;
	cp_date		d;

	d.day = doy - (153 * mp + 2) / 5 + 1;
	d.month = mp < 10 ? mp + 3 : mp - 9;
	d.year = yoe + era * 400 + (d.month <= 2);
	return d;
}

int
cp_days_weekday(int32_t days)
{
	/* 2000-01-01 was a Saturday (5) */
	int			w = (int) ((days % 7 + 7) % 7);

	return (w + 5) % 7;
}

int32_t
cp_days_add_months(int32_t days, int n)
{
	cp_date		d = cp_days_to_date(days);
	int			m = d.year * 12 + (d.month - 1) + n;
	int			dim;

	d.year = m / 12;
	d.month = m % 12 + 1;
	dim = cp_days_in_month(d.year, d.month);
	if (d.day > dim)
		d.day = dim;
	return cp_date_to_days(d.year, d.month, d.day);
}

/* Anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
int32_t
cp_easter_days(int year)
{
	int			a = year % 19,
				b = year / 100,
				c = year % 100,
				d = b / 4,
				e = b % 4,
				f = (b + 8) / 25,
				g = (b - f + 1) / 3,
				h = (19 * a + b - d - g + 15) % 30,
				i = c / 4,
				k = c % 4,
				l = (32 + 2 * e + 2 * i - h - k) % 7,
				m = (a + 11 * h + 22 * l) / 451;

	return cp_date_to_days(year, (h + l - 7 * m + 114) / 31, (h + l - 7 * m + 114) % 31 + 1);
}

static size_t
skip_spaces(const char *s, size_t len, size_t i)
{
	while (i < len && (s[i] == ' ' || s[i] == '\t'))
		i++;
	return i;
}

static size_t
word_end(const char *s, size_t len, size_t i)
{
	while (i < len && cp_ascii_alpha((unsigned char) s[i]))
		i++;
	return i;
}

static size_t
read_int(const char *s, size_t len, size_t i, int maxdigits, int *value)
{
	int			n = 0,
				v = 0;

	while (i < len && cp_ascii_digit((unsigned char) s[i]) && n < maxdigits)
	{
		v = v * 10 + (s[i] - '0');
		i++;
		n++;
	}
	if (i < len && cp_ascii_digit((unsigned char) s[i]))
		return 0;				/* too many digits */
	*value = v;
	return n ? i : 0;
}

/* "st", "nd", "rd", "th" after a day number */
static size_t
skip_ordinal_suffix(const char *s, size_t len, size_t i)
{
	if (i + 2 <= len && cp_ordinal_suffix(s + i, 2) && (i + 2 == len || !cp_ascii_alpha((unsigned char) s[i + 2])))
		return i + 2;
	return i;
}

bool
cp_parse_date_literal(const char *s, size_t len, cp_date *date, size_t *consumed)
{
	size_t		i = 0,
				e;
	int			y = 0,
				m = 0,
				d = 0;

	/* ISO 2014-07-21 */
	if ((e = read_int(s, len, 0, 4, &y)) == 4 && e < len && s[e] == '-')
	{
		size_t		e2 = read_int(s, len, e + 1, 2, &m);

		if (e2 && e2 < len && s[e2] == '-')
		{
			size_t		e3 = read_int(s, len, e2 + 1, 2, &d);

			if (e3 && cp_date_valid(y, m, d) && y >= 1000)
			{
				date->year = y, date->month = m, date->day = d;
				*consumed = e3;
				return true;
			}
		}
		return false;
	}
	/* optional weekday: "Monday, " */
	e = word_end(s, len, i);
	if (e > i && cp_weekday_from_name(s + i, e - i) >= 0)
	{
		i = e;
		if (i < len && s[i] == '.')
			i++;
		if (i < len && s[i] == ',')
			i++;
		i = skip_spaces(s, len, i);
	}
	e = word_end(s, len, i);
	if (e > i && (m = cp_month_from_name(s + i, e - i)) > 0)
	{
		/* Month day[,.] year */
		i = e;
		if (i < len && s[i] == '.')
			i++;
		i = skip_spaces(s, len, i);
		if (!(e = read_int(s, len, i, 2, &d)))
			return false;
		i = skip_ordinal_suffix(s, len, e);
		if (i < len && (s[i] == ',' || s[i] == '.'))
			i++;
		i = skip_spaces(s, len, i);
		if (read_int(s, len, i, 4, &y) != i + 4)
			return false;
		i += 4;
	}
	else
	{
		/* day Month year */
		if (!(e = read_int(s, len, i, 2, &d)))
			return false;
		i = skip_spaces(s, len, skip_ordinal_suffix(s, len, e));
		e = word_end(s, len, i);
		if (e == i || (m = cp_month_from_name(s + i, e - i)) == 0)
			return false;
		i = e;
		if (i < len && s[i] == '.')
			i++;
		if (i < len && s[i] == ',')
			i++;
		i = skip_spaces(s, len, i);
		if (read_int(s, len, i, 4, &y) != i + 4)
			return false;
		i += 4;
	}
	if (y < 1000 || !cp_date_valid(y, m, d))
		return false;
	date->year = y, date->month = m, date->day = d;
	*consumed = i;
	return true;
}
