#ifndef CE_DYNAMIC_LIBRARY_H
#define CE_DYNAMIC_LIBRARY_H
// Loading a system library when a file first needs it (dlopen), not when the program starts:
// poppler, cairo, GLib, Tesseract and Leptonica bring ~80 shared libraries, whose loading and
// symbol binding were most of the start-up of every run, also of runs that read a text file.
//
// A library's C target lists its functions once, as X(library soname, return type, name,
// (parameters), (arguments)) and XV(…) for void ones, and builds from that list, with the macros
// below, a pointer per function, a `ce_`-prefixed trampoline that calls it, and the table that
// ce_library_load fills.

#include <pthread.h>
#include <stddef.h>

/// One function: its name, the soname of the library that has it, where its address goes.
typedef struct {
    const char *name;
    const char *library;
    void **slot;
} CEFunction;

/// The outcome of loading one list of functions, made once per process.
typedef struct {
    pthread_once_t once;
    int loaded;
    char reason[512];
} CELoadState;

#define CE_LOAD_STATE_INIT {PTHREAD_ONCE_INIT, 0, {0}}

/// Opens each library of `functions` in order of first appearance (RTLD_NOW | RTLD_LOCAL; never
/// closed) and resolves every function into its slot. Sets `state->loaded`, or the reason
/// (naming the library and the function or dlerror's text) in `state->reason`.
void ce_library_load(CELoadState *state, const CEFunction *functions, size_t count);

/// NULL when loaded, else why not (kept in `state`, valid for the rest of the process).
const char *ce_library_failure(const CELoadState *state);

#define CE_POINTER(library, ret, name, params, args) static ret(*p_##name) params;
#define CE_POINTER_VOID(library, name, params, args) static void(*p_##name) params;
#define CE_TRAMPOLINE(library, ret, name, params, args) ret ce_##name params { return p_##name args; }
#define CE_TRAMPOLINE_VOID(library, name, params, args) void ce_##name params { p_##name args; }
#define CE_ENTRY(library, ret, name, params, args) {#name, library, (void **)&p_##name},
#define CE_ENTRY_VOID(library, name, params, args) {#name, library, (void **)&p_##name},
#define CE_DECLARE(library, ret, name, params, args) ret ce_##name params;
#define CE_DECLARE_VOID(library, name, params, args) void ce_##name params;

/// Everything a library's C file defines from its list: the pointers, the trampolines, and
/// `const char *ce_<prefix>_load(void)`, which loads the list once (thread-safe) and returns
/// NULL, or why it could not (the same text on every later call).
#define CE_DEFINE_LIBRARY(prefix, FUNCTIONS) \
    FUNCTIONS(CE_POINTER, CE_POINTER_VOID) \
    FUNCTIONS(CE_TRAMPOLINE, CE_TRAMPOLINE_VOID) \
    static const CEFunction ce_functions[] = {FUNCTIONS(CE_ENTRY, CE_ENTRY_VOID)}; \
    static CELoadState ce_state = CE_LOAD_STATE_INIT; \
    static void ce_load(void) { ce_library_load(&ce_state, ce_functions, sizeof ce_functions / sizeof ce_functions[0]); } \
    const char *ce_##prefix##_load(void) { \
        pthread_once(&ce_state.once, ce_load); \
        return ce_library_failure(&ce_state); \
    }

#endif
