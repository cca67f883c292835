/* UK_ASSERT on argv[1] > 0: "assert 1" passes, "assert 0" fails. */
#include <stdio.h>
#include <stdlib.h>
#include <uk/assert.h>

int main(int argc, char *argv[])
{
	int n = argc > 1 ? atoi(argv[1]) : 0;

	UK_ASSERT(n > 0);
	printf("assertion passed or compiled out (n = %d)\n", n);
	if (n > 1)
		UK_CRASH("deliberate crash %d", n);
	return 7;
}
