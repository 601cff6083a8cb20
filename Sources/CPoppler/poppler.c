#include "cpoppler.h"

CE_DEFINE_LIBRARY(poppler, CE_POPPLER_FUNCTIONS)
