#include "cleptonica.h"

CE_DEFINE_LIBRARY(leptonica, CE_LEPTONICA_FUNCTIONS)
