#!/usr/bin/env bash
# The C libraries are loaded at run time (dlopen) and called through declarations of our own
# (Sources/CPoppler, CTesseract, CLeptonica): nothing links against them, so nothing else would
# notice a declaration that differs from the library. This compiles every function list against
# the system headers (each prototype must be the header's), checks the constants and the struct
# layouts both ways, and that each soname is installed. Part of `make test`.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
includes=(-ISources/CDynamicLibrary/include -ISources/CPoppler/include -ISources/CTesseract/include -ISources/CLeptonica/include)

cat > "$tmp/system.c" <<'C'
#define CE_SYSTEM_HEADERS 1
#include <stddef.h>
#include <glib.h>
#include <glib-object.h>
#include <poppler.h>
#include <cairo.h>
#include <tesseract/capi.h>
#include <leptonica/allheaders.h>
#include "cpoppler.h"
#include "ctesseract.h"
#include "cleptonica.h"

#define CE_CHECK(library, ret, name, params, args) \
    _Static_assert(__builtin_types_compatible_p(__typeof__(&name), ret(*) params), #name " is declared differently in its header");
#define CE_CHECK_VOID(library, name, params, args) CE_CHECK(library, void, name, params, args)
CE_POPPLER_FUNCTIONS(CE_CHECK, CE_CHECK_VOID)
CE_TESSERACT_FUNCTIONS(CE_CHECK, CE_CHECK_VOID)
CE_LEPTONICA_FUNCTIONS(CE_CHECK, CE_CHECK_VOID)

_Static_assert(sizeof(GError) == 16 && offsetof(GError, code) == 4 && offsetof(GError, message) == 8, "GError");
_Static_assert(sizeof(PopplerRectangle) == 32 && offsetof(PopplerRectangle, y2) == 24, "PopplerRectangle");
_Static_assert(sizeof(GList) == 24 && offsetof(GList, next) == 8 && offsetof(GList, prev) == 16, "GList");
_Static_assert(sizeof(PopplerImageMapping) == 40 && offsetof(PopplerImageMapping, image_id) == 32, "PopplerImageMapping");
_Static_assert(CAIRO_FORMAT_ARGB32 == 0 && CAIRO_FORMAT_INVALID == -1, "cairo_format_t");
_Static_assert(CE_POPPLER_ERROR_ENCRYPTED == POPPLER_ERROR_ENCRYPTED, "POPPLER_ERROR_ENCRYPTED");
_Static_assert(RIL_BLOCK == 0 && RIL_TEXTLINE == 2 && RIL_WORD == 3 && RIL_SYMBOL == 4, "TessPageIteratorLevel");
_Static_assert(CE_L_SEVERITY_NONE == L_SEVERITY_NONE && CE_IFF_PNG == IFF_PNG && CE_COLOR_RED == COLOR_RED
               && CE_REMOVE_CMAP_BASED_ON_SRC == REMOVE_CMAP_BASED_ON_SRC && CE_L_AUTO_BYTE == L_AUTO_BYTE, "Leptonica constants");
C

# Our own declarations (what Swift sees) have the layouts checked above.
cat > "$tmp/own.c" <<'C'
#include <stddef.h>
#include "cpoppler.h"
#include "ctesseract.h"
#include "cleptonica.h"
_Static_assert(sizeof(GError) == 16 && offsetof(GError, code) == 4 && offsetof(GError, message) == 8, "GError");
_Static_assert(sizeof(PopplerRectangle) == 32 && offsetof(PopplerRectangle, y2) == 24, "PopplerRectangle");
_Static_assert(sizeof(GList) == 24 && offsetof(GList, next) == 8 && offsetof(GList, prev) == 16, "GList");
_Static_assert(sizeof(PopplerImageMapping) == 40 && offsetof(PopplerImageMapping, image_id) == 32, "PopplerImageMapping");
_Static_assert(CAIRO_FORMAT_ARGB32 == 0 && CAIRO_FORMAT_INVALID == -1, "cairo_format_t");
_Static_assert(RIL_BLOCK == 0 && RIL_TEXTLINE == 2 && RIL_WORD == 3 && RIL_SYMBOL == 4, "TessPageIteratorLevel");
C

cc -std=c11 -fsyntax-only -Werror $(pkg-config --cflags poppler-glib cairo tesseract lept) "${includes[@]}" "$tmp/system.c"
cc -std=c11 -fsyntax-only -Werror "${includes[@]}" "$tmp/own.c"

missing=0
for soname in $(grep -h '^#define CE_[A-Z]* "lib' Sources/CPoppler/include/*.h Sources/CTesseract/include/*.h Sources/CLeptonica/include/*.h | awk '{print $3}' | tr -d '"'); do
  if ! ldconfig -p | grep -q "^[[:space:]]*$soname "; then echo "check-c-declarations: $soname is not installed" >&2; missing=1; fi
done
[ "$missing" = 0 ]
echo "check-c-declarations: the declarations of poppler-glib, cairo, GLib, Tesseract and Leptonica match their headers"
