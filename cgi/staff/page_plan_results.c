#include "plans.h"
int page_plan_results(struct http_req *r) { (void)r; return 404; }
