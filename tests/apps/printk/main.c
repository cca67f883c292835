/* Prints one message per level, lowers the run-time level, prints again. */
#include <stdio.h>
#include <uk/print.h>

static void all_levels(const char *tag)
{
	uk_pr_crit("%s crit %d\n", tag, 0);
	uk_pr_err("%s err %d\n", tag, 1);
	uk_pr_warn("%s warn %d\n", tag, 2);
	uk_pr_info("%s info %d\n", tag, 3);
	uk_pr_debug("%s debug %d\n", tag, 4);
}

int main(void)
{
	all_levels("first");
	uk_log_level = UK_LOG_ERR;
	all_levels("second");
	uk_log_level = UK_LOG_INFO;
	uk_pr_info("two\nlines");
	printf("printk test done\n");
	return 0;
}
