/*
 * The image of every library's in-guest tests: the plugin
 * (tests/uktest_plugin.py) builds it with each LIB*_TEST option on and
 * boots it with uk.test=list and uk.test=run, which halt before main().
 * Booted without, it says so and stops.
 */
#include <stdio.h>

int main(void)
{
	printf("boot with uk.test=run or uk.test=list\n");
	return 0;
}
