/* /staff/goals/<code>: one goal's drill-down (stub). */
#include "goals.h"

int
page_goal(struct http_req *r)
{
	(void)r;
	return 404;
}
