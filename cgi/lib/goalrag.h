/*
 * goalrag: the red/yellow/green status of a goal's figures for a period,
 * as the dashboard shows it (/staff/goals/).  Pure.
 *
 *   grey	 nothing to judge: no case counts in the share, and (in an
 *		 unfinished period) no open case could still count.
 *   green	 finished period: met.  Unfinished: even the worst case (every
 *		 open case that is or will be late decided late in the
 *		 period) meets the target.
 *   red	 finished period: not met.  Unfinished: even the best case
 *		 (the at-risk cases decided in time) misses the target.
 *   yellow	 otherwise: an unfinished period that can still go either way.
 */
#ifndef FRIST_GOALRAG_H
#define FRIST_GOALRAG_H

#include "goal.h"

enum goal_rag {
	GOAL_RAG_GREY,
	GOAL_RAG_GREEN,
	GOAL_RAG_YELLOW,
	GOAL_RAG_RED,
};

enum goal_rag	 goal_rag(const struct goal_figures *);

#endif
