#ifndef CPOPPLER_SHIM_H
#define CPOPPLER_SHIM_H
#include <glib.h>
#include <glib-object.h>
#include <poppler.h>
#include <cairo.h>
#endif
