/* Reads address 0, which is unmapped on purpose. */
#include <stdio.h>

int main(void)
{
	volatile int *p = (volatile int *)0;

	printf("reading NULL\n");
	printf("read %d\n", *p);
	return 0;
}
