/*
 * The time-travel debugging scenario (README "Time-travel debugging"): a
 * histogram whose bucket index is one past the end for the largest
 * reading. The one such reading, taken at sample RECALIBRATION, lands on
 * the field after the histogram, the sensor's limit, and the assertion
 * on the limit fails only at the end, 20,000 samples later. The crash
 * screen shows the assertion; a replay with `watch -l sensor.limit` and
 * `reverse-continue` shows the write.
 */
#include <stdio.h>
#include <uk/assert.h>

#define BUCKETS	      16
#define MAX_READING   1024 /* readings are 0..MAX_READING, inclusive */
#define SAMPLES	      40000
#define RECALIBRATION 20000
#define LIMIT	      900

struct sensor {
	unsigned int hist[BUCKETS];
	unsigned int limit; /* set once, never written again */
	unsigned int over;
};

static struct sensor sensor = { .limit = LIMIT };

/* Mostly 0..1023; the recalibration reads the full scale, 1024. */
static unsigned int reading(unsigned int i)
{
	if (i == RECALIBRATION)
		return MAX_READING;
	return (i * 2654435761u) >> 22;
}

/* The bug: MAX_READING / (MAX_READING / BUCKETS) is BUCKETS. */
static __attribute__((noinline)) void record_sample(struct sensor *s,
						    unsigned int v)
{
	s->hist[v / (MAX_READING / BUCKETS)]++;
	if (v > s->limit)
		s->over++;
}

int main(void)
{
	for (unsigned int i = 0; i < SAMPLES; i++)
		record_sample(&sensor, reading(i));
	printf("%u samples, %u over the limit\n", SAMPLES, sensor.over);
	UK_ASSERT(sensor.limit == LIMIT);
	return 0;
}
