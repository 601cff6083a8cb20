#include "ce_dynamic_library.h"

#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

void ce_library_load(CELoadState *state, const CEFunction *functions, size_t count) {
    const char *opened = NULL;
    void *handle = NULL;
    for (size_t i = 0; i < count; i++) {
        if (opened == NULL || strcmp(opened, functions[i].library) != 0) {
            opened = functions[i].library;
            handle = dlopen(opened, RTLD_NOW | RTLD_LOCAL);
            if (handle == NULL) {
                const char *why = dlerror();
                snprintf(state->reason, sizeof state->reason, "%s cannot be loaded (%s)", opened, why ? why : "unknown error");
                return;
            }
        }
        dlerror();
        void *address = dlsym(handle, functions[i].name);
        if (address == NULL) {
            snprintf(state->reason, sizeof state->reason, "%s has no function %s", opened, functions[i].name);
            return;
        }
        *functions[i].slot = address;
    }
    state->loaded = 1;
}

const char *ce_library_failure(const CELoadState *state) {
    return state->loaded ? NULL : state->reason;
}
