#include "plans.h"
int page_plan_quarter(struct http_req *r) { (void)r; return 404; }
