#ifndef CPOPPLER_H
#define CPOPPLER_H
// poppler-glib (with the GLib, GObject and cairo calls it needs), loaded when the first PDF is
// opened (CDynamicLibrary), not at start-up. Swift calls the ce_-prefixed trampolines declared
// below, after ce_poppler_load() returned 1. The types are declared here, not taken from the
// system headers, so nothing links against those libraries; scripts/check-c-declarations.sh
// compiles this list against the real headers (CE_SYSTEM_HEADERS) in `make test`.

#include <stddef.h>
#include <stdint.h>

#ifndef CE_SYSTEM_HEADERS
typedef struct _GError {
    uint32_t domain;
    int32_t code;
    char *message;
} GError;
typedef struct _GBytes GBytes;
typedef struct _GList {
    void *data;
    struct _GList *next;
    struct _GList *prev;
} GList;
typedef struct _PopplerDocument PopplerDocument;
typedef struct _PopplerPage PopplerPage;
typedef struct _PopplerRectangle {
    double x1;
    double y1;
    double x2;
    double y2;
} PopplerRectangle;
typedef struct _PopplerImageMapping {
    PopplerRectangle area;
    int image_id;
} PopplerImageMapping;
typedef struct _cairo cairo_t;
typedef struct _cairo_surface cairo_surface_t;
typedef enum _cairo_format {
    CAIRO_FORMAT_INVALID = -1,
    CAIRO_FORMAT_ARGB32 = 0,
    CAIRO_FORMAT_RGB24 = 1
} cairo_format_t;
#endif

/// PopplerError's code for an encrypted document.
enum { CE_POPPLER_ERROR_ENCRYPTED = 1 };

// The sonames of the ABI the declarations here describe (Debian 12), in loading order.
#define CE_GLIB "libglib-2.0.so.0"
#define CE_GOBJECT "libgobject-2.0.so.0"
#define CE_CAIRO "libcairo.so.2"
#define CE_POPPLER "libpoppler-glib.so.8"

// Every function called, as X(library, return type, name, (parameters), (arguments)), grouped
// by library in loading order.
#define CE_POPPLER_FUNCTIONS(X, XV) \
    X(CE_GLIB, GBytes *, g_bytes_new, (const void *data, unsigned long size), (data, size)) \
    XV(CE_GLIB, g_bytes_unref, (GBytes *bytes), (bytes)) \
    XV(CE_GLIB, g_error_free, (GError *error), (error)) \
    XV(CE_GLIB, g_free, (void *memory), (memory)) \
    XV(CE_GOBJECT, g_object_unref, (void *object), (object)) \
    X(CE_CAIRO, cairo_surface_t *, cairo_image_surface_create, (cairo_format_t format, int width, int height), (format, width, height)) \
    XV(CE_CAIRO, cairo_surface_destroy, (cairo_surface_t *surface), (surface)) \
    XV(CE_CAIRO, cairo_surface_flush, (cairo_surface_t *surface), (surface)) \
    X(CE_CAIRO, cairo_format_t, cairo_image_surface_get_format, (cairo_surface_t *surface), (surface)) \
    X(CE_CAIRO, int, cairo_image_surface_get_stride, (cairo_surface_t *surface), (surface)) \
    X(CE_CAIRO, int, cairo_image_surface_get_width, (cairo_surface_t *surface), (surface)) \
    X(CE_CAIRO, int, cairo_image_surface_get_height, (cairo_surface_t *surface), (surface)) \
    X(CE_CAIRO, unsigned char *, cairo_image_surface_get_data, (cairo_surface_t *surface), (surface)) \
    X(CE_CAIRO, cairo_t *, cairo_create, (cairo_surface_t *target), (target)) \
    XV(CE_CAIRO, cairo_destroy, (cairo_t *cr), (cr)) \
    XV(CE_CAIRO, cairo_set_source_rgb, (cairo_t *cr, double red, double green, double blue), (cr, red, green, blue)) \
    XV(CE_CAIRO, cairo_paint, (cairo_t *cr), (cr)) \
    XV(CE_CAIRO, cairo_scale, (cairo_t *cr, double sx, double sy), (cr, sx, sy)) \
    X(CE_POPPLER, PopplerDocument *, poppler_document_new_from_bytes, (GBytes *bytes, const char *password, GError **error), (bytes, password, error)) \
    X(CE_POPPLER, int, poppler_document_get_n_pages, (PopplerDocument *document), (document)) \
    X(CE_POPPLER, PopplerPage *, poppler_document_get_page, (PopplerDocument *document, int index), (document, index)) \
    XV(CE_POPPLER, poppler_page_get_size, (PopplerPage *page, double *width, double *height), (page, width, height)) \
    X(CE_POPPLER, char *, poppler_page_get_text, (PopplerPage *page), (page)) \
    X(CE_POPPLER, int, poppler_page_get_text_layout, (PopplerPage *page, PopplerRectangle **rectangles, unsigned int *count), (page, rectangles, count)) \
    X(CE_POPPLER, GList *, poppler_page_get_image_mapping, (PopplerPage *page), (page)) \
    XV(CE_POPPLER, poppler_page_free_image_mapping, (GList *list), (list)) \
    X(CE_POPPLER, cairo_surface_t *, poppler_page_get_image, (PopplerPage *page, int image_id), (page, image_id)) \
    XV(CE_POPPLER, poppler_page_render, (PopplerPage *page, cairo_t *cairo), (page, cairo))

#ifndef CE_SYSTEM_HEADERS
#include "ce_dynamic_library.h"
CE_POPPLER_FUNCTIONS(CE_DECLARE, CE_DECLARE_VOID)

/// Loads the libraries once (thread-safe): NULL when every function is there, else why not
/// (the same text on every later call).
const char *ce_poppler_load(void);
#endif

#endif
