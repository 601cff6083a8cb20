#ifndef CLEPTONICA_H
#define CLEPTONICA_H
// Leptonica (which comes with Tesseract) for JPEG, PNG and TIFF page images, loaded when the
// first image is read (CDynamicLibrary), not at start-up. Swift calls the ce_-prefixed
// trampolines after ce_leptonica_load() returned 1. The types are declared here, not taken from
// the system headers, so nothing links against Leptonica; scripts/check-c-declarations.sh
// compiles this list against the real headers (CE_SYSTEM_HEADERS) in `make test`.

#include <stddef.h>
#include <stdio.h>

#ifndef CE_SYSTEM_HEADERS
typedef struct Pix PIX;
typedef struct PixColormap PIXCMAP;
#endif

/// Leptonica's constants used here (checked against the real headers with the functions).
enum {
    CE_L_SEVERITY_NONE = 6,
    CE_IFF_PNG = 3,
    CE_REMOVE_CMAP_BASED_ON_SRC = 4,
    CE_COLOR_RED = 0,
    CE_L_AUTO_BYTE = 3
};

// The soname of the ABI the declarations here describe (Debian 12: Leptonica 1.82).
#define CE_LEPTONICA "liblept.so.5"

// Every function called, as X(library, return type, name, (parameters), (arguments)).
#define CE_LEPTONICA_FUNCTIONS(X, XV) \
    X(CE_LEPTONICA, int, setMsgSeverity, (int newsev), (newsev)) \
    X(CE_LEPTONICA, PIX *, pixReadMem, (const unsigned char *data, size_t size), (data, size)) \
    X(CE_LEPTONICA, PIX *, pixReadMemTiff, (const unsigned char *cdata, size_t size, int n), (cdata, size, n)) \
    X(CE_LEPTONICA, int, pixReadHeaderMem, (const unsigned char *data, size_t size, int *pformat, int *pw, int *ph, int *pbps, int *pspp, int *piscmap), (data, size, pformat, pw, ph, pbps, pspp, piscmap)) \
    X(CE_LEPTONICA, int, readHeaderMemTiff, (const unsigned char *cdata, size_t size, int n, int *pw, int *ph, int *pbps, int *pspp, int *pres, int *pcmap, int *pformat), (cdata, size, n, pw, ph, pbps, pspp, pres, pcmap, pformat)) \
    X(CE_LEPTONICA, FILE *, fopenReadFromMemory, (const unsigned char *data, size_t size), (data, size)) \
    X(CE_LEPTONICA, int, tiffGetCount, (FILE *fp, int *pn), (fp, pn)) \
    X(CE_LEPTONICA, PIX *, pixCreate, (int width, int height, int depth), (width, height, depth)) \
    XV(CE_LEPTONICA, pixDestroy, (PIX **ppix), (ppix)) \
    X(CE_LEPTONICA, int, pixGetWidth, (const PIX *pix), (pix)) \
    X(CE_LEPTONICA, int, pixGetHeight, (const PIX *pix), (pix)) \
    X(CE_LEPTONICA, int, pixGetDepth, (const PIX *pix), (pix)) \
    X(CE_LEPTONICA, int, pixGetWpl, (const PIX *pix), (pix)) \
    X(CE_LEPTONICA, int, pixGetXRes, (const PIX *pix), (pix)) \
    X(CE_LEPTONICA, int, pixSetResolution, (PIX *pix, int xres, int yres), (pix, xres, yres)) \
    X(CE_LEPTONICA, unsigned int *, pixGetData, (PIX *pix), (pix)) \
    X(CE_LEPTONICA, PIXCMAP *, pixGetColormap, (PIX *pix), (pix)) \
    X(CE_LEPTONICA, PIX *, pixRemoveColormap, (PIX *pixs, int type), (pixs, type)) \
    X(CE_LEPTONICA, PIX *, pixGetRGBComponent, (PIX *pixs, int comp), (pixs, comp)) \
    X(CE_LEPTONICA, PIX *, pixConvert16To8, (PIX *pixs, int type), (pixs, type)) \
    X(CE_LEPTONICA, PIX *, pixConvertTo8, (PIX *pixs, int cmapflag), (pixs, cmapflag)) \
    X(CE_LEPTONICA, int, pixWriteMem, (unsigned char **pdata, size_t *psize, PIX *pix, int format), (pdata, psize, pix, format)) \
    XV(CE_LEPTONICA, lept_free, (void *ptr), (ptr))

#ifndef CE_SYSTEM_HEADERS
#include "ce_dynamic_library.h"
CE_LEPTONICA_FUNCTIONS(CE_DECLARE, CE_DECLARE_VOID)

/// Loads the library once (thread-safe): NULL when every function is there, else why not (the
/// same text on every later call).
const char *ce_leptonica_load(void);
#endif

#endif
