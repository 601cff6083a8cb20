#include "ctesseract.h"

CE_DEFINE_LIBRARY(tesseract, CE_TESSERACT_FUNCTIONS)
