/* goalrag: a goal's red/yellow/green status (see goalrag.h). */
#include "goalrag.h"

enum goal_rag
goal_rag(const struct goal_figures *f)
{
	if (f->share.den == 0 && (f->finished || f->worst.den == 0))
		return GOAL_RAG_GREY;
	if (f->finished)
		return f->met == GOAL_MET ? GOAL_RAG_GREEN : GOAL_RAG_RED;
	if (f->worst_met == GOAL_MET)
		return GOAL_RAG_GREEN;
	if (f->best_met == GOAL_NOTMET)
		return GOAL_RAG_RED;
	return GOAL_RAG_YELLOW;
}
