#ifndef CTESSERACT_H
#define CTESSERACT_H
// Tesseract's C API, loaded when the first page is OCR'd with it (CDynamicLibrary), not at
// start-up. Swift calls the ce_-prefixed trampolines after ce_tesseract_load() returned 1. The
// types are declared here, not taken from the system headers, so nothing links against
// Tesseract; scripts/check-c-declarations.sh compiles this list against the real headers
// (CE_SYSTEM_HEADERS) in `make test`.

#include <stddef.h>

#ifndef CE_SYSTEM_HEADERS
typedef struct TessBaseAPI TessBaseAPI;
typedef struct TessPageIterator TessPageIterator;
typedef struct TessResultIterator TessResultIterator;
typedef struct ETEXT_DESC ETEXT_DESC;
typedef enum TessPageIteratorLevel {
    RIL_BLOCK,
    RIL_PARA,
    RIL_TEXTLINE,
    RIL_WORD,
    RIL_SYMBOL
} TessPageIteratorLevel;
#endif

// The soname of the ABI the declarations here describe (Debian 12: Tesseract 5).
#define CE_TESSERACT "libtesseract.so.5"

// Every function called, as X(library, return type, name, (parameters), (arguments)).
#define CE_TESSERACT_FUNCTIONS(X, XV) \
    X(CE_TESSERACT, TessBaseAPI *, TessBaseAPICreate, (void), ()) \
    X(CE_TESSERACT, int, TessBaseAPIInit3, (TessBaseAPI *handle, const char *datapath, const char *language), (handle, datapath, language)) \
    XV(CE_TESSERACT, TessBaseAPIEnd, (TessBaseAPI *handle), (handle)) \
    XV(CE_TESSERACT, TessBaseAPIDelete, (TessBaseAPI *handle), (handle)) \
    XV(CE_TESSERACT, TessBaseAPISetImage, (TessBaseAPI *handle, const unsigned char *imagedata, int width, int height, int bytes_per_pixel, int bytes_per_line), (handle, imagedata, width, height, bytes_per_pixel, bytes_per_line)) \
    XV(CE_TESSERACT, TessBaseAPISetSourceResolution, (TessBaseAPI *handle, int ppi), (handle, ppi)) \
    X(CE_TESSERACT, int, TessBaseAPIRecognize, (TessBaseAPI *handle, ETEXT_DESC *monitor), (handle, monitor)) \
    X(CE_TESSERACT, TessResultIterator *, TessBaseAPIGetIterator, (TessBaseAPI *handle), (handle)) \
    XV(CE_TESSERACT, TessResultIteratorDelete, (TessResultIterator *handle), (handle)) \
    X(CE_TESSERACT, TessPageIterator *, TessResultIteratorGetPageIterator, (TessResultIterator *handle), (handle)) \
    X(CE_TESSERACT, int, TessResultIteratorNext, (TessResultIterator *handle, TessPageIteratorLevel level), (handle, level)) \
    X(CE_TESSERACT, char *, TessResultIteratorGetUTF8Text, (const TessResultIterator *handle, TessPageIteratorLevel level), (handle, level)) \
    X(CE_TESSERACT, float, TessResultIteratorConfidence, (const TessResultIterator *handle, TessPageIteratorLevel level), (handle, level)) \
    X(CE_TESSERACT, int, TessPageIteratorIsAtBeginningOf, (const TessPageIterator *handle, TessPageIteratorLevel level), (handle, level)) \
    X(CE_TESSERACT, int, TessPageIteratorBoundingBox, (const TessPageIterator *handle, TessPageIteratorLevel level, int *left, int *top, int *right, int *bottom), (handle, level, left, top, right, bottom)) \
    XV(CE_TESSERACT, TessDeleteText, (const char *text), (text))

#ifndef CE_SYSTEM_HEADERS
#include "ce_dynamic_library.h"
CE_TESSERACT_FUNCTIONS(CE_DECLARE, CE_DECLARE_VOID)

/// Loads the library once (thread-safe): NULL when every function is there, else why not (the
/// same text on every later call).
const char *ce_tesseract_load(void);
#endif

#endif
