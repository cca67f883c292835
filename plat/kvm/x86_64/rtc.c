/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The CMOS real-time clock (MC146818, ports 0x70/0x71), read once at boot
 * for the wall clock. Its registers may be BCD or binary and the hour in
 * 12- or 24-hour form (status register B says); a read that overlaps the
 * once-a-second update can mix two seconds, so it waits for the
 * update-in-progress flag to clear and reads until two passes agree. The
 * century comes from register 0x32 where QEMU keeps it. QEMU's RTC runs
 * in UTC unless told otherwise (-rtc base=localtime).
 */
#include <uk/asm/io.h>
#include <kvm/wallclock.h>
#include "x86_64.h"

#define CMOS_INDEX   0x70
#define CMOS_DATA    0x71
#define CMOS_NMI_OFF 0x80 /* keep NMIs masked by the index write */

#define RTC_SEC	     0x00
#define RTC_MIN	     0x02
#define RTC_HOUR     0x04
#define RTC_DAY	     0x07
#define RTC_MONTH    0x08
#define RTC_YEAR     0x09
#define RTC_STATUS_A 0x0a
#define RTC_STATUS_B 0x0b
#define RTC_CENTURY  0x32
#define RTC_UIP	     0x80 /* status A: update in progress */
#define RTC_BINARY   0x04 /* status B: registers in binary, not BCD */
#define RTC_24H	     0x02 /* status B: 24-hour mode */
#define RTC_PM	     0x80 /* hour register, 12-hour mode */
#define RTC_TRIES    10
#define RTC_UIP_WAIT 100000 /* reads; the flag stays up about 2 ms at most */

struct rtc_time {
	uint8_t sec, min, hour, day, month, year, century;
};

static uint8_t cmos_read(uint8_t reg)
{
	outb(CMOS_INDEX, CMOS_NMI_OFF | reg);
	return inb(CMOS_DATA);
}

/* False when the update flag never clears: no RTC answers there. */
static bool rtc_read(struct rtc_time *t)
{
	int wait = RTC_UIP_WAIT;

	while (cmos_read(RTC_STATUS_A) & RTC_UIP)
		if (--wait == 0)
			return false;
	t->sec = cmos_read(RTC_SEC);
	t->min = cmos_read(RTC_MIN);
	t->hour = cmos_read(RTC_HOUR);
	t->day = cmos_read(RTC_DAY);
	t->month = cmos_read(RTC_MONTH);
	t->year = cmos_read(RTC_YEAR);
	t->century = cmos_read(RTC_CENTURY);
	return true;
}

static bool rtc_same(const struct rtc_time *a, const struct rtc_time *b)
{
	return a->sec == b->sec && a->min == b->min && a->hour == b->hour &&
	       a->day == b->day && a->month == b->month && a->year == b->year &&
	       a->century == b->century;
}

static unsigned int bcd(uint8_t v)
{
	return (v >> 4) * 10 + (v & 0xf);
}

/* Days from 1970-01-01 to @y-@m-@d (proleptic Gregorian calendar). */
static uint64_t days_from_civil(unsigned int y, unsigned int m, unsigned int d)
{
	unsigned int era, yoe, doy, doe;

	y -= m <= 2;
	era = y / 400;
	yoe = y - era * 400;
	doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return (uint64_t)era * 146097 + doe - 719468;
}

int kvm_rtc_read(uint64_t *epoch_s)
{
	struct rtc_time a, b;
	unsigned int sec, min, hour, day, month, year;
	uint8_t status_b = cmos_read(RTC_STATUS_B);
	bool pm;

	if (!rtc_read(&a))
		return -1;
	for (int i = 0; i < RTC_TRIES; i++) {
		if (!rtc_read(&b))
			return -1;
		if (rtc_same(&a, &b))
			break;
		a = b;
	}
	pm = !(status_b & RTC_24H) && (a.hour & RTC_PM);
	a.hour &= ~RTC_PM;
	if (status_b & RTC_BINARY) {
		sec = a.sec, min = a.min, hour = a.hour, day = a.day;
		month = a.month, year = a.century * 100 + a.year;
	} else {
		sec = bcd(a.sec), min = bcd(a.min), hour = bcd(a.hour);
		day = bcd(a.day), month = bcd(a.month);
		year = bcd(a.century) * 100 + bcd(a.year);
	}
	if (!(status_b & RTC_24H))
		hour = hour % 12 + (pm ? 12 : 0);
	/* No century register (or an RTC that never ran): 20xx. */
	if (year < 1970)
		year = 2000 + year % 100;
	if (month < 1 || month > 12 || day < 1 || day > 31)
		return -1; /* no usable RTC: the clock starts at 1970 */
	*epoch_s = days_from_civil(year, month, day) * 86400 + hour * 3600 +
		   min * 60 + sec;
	return 0;
}
