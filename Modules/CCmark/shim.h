#ifndef SEAM_CCMARK_SHIM_H
#define SEAM_CCMARK_SHIM_H
#include <cmark.h>
#endif
