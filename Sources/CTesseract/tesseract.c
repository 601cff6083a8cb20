#include "ctesseract.h"

CE_TESSERACT_FUNCTIONS(CE_POINTER, CE_POINTER_VOID)
CE_TESSERACT_FUNCTIONS(CE_TRAMPOLINE, CE_TRAMPOLINE_VOID)

static const CEFunction functions[] = {CE_TESSERACT_FUNCTIONS(CE_ENTRY, CE_ENTRY_VOID)};
static CELoadState state = CE_LOAD_STATE_INIT;

static void load(void) { ce_library_load(&state, functions, sizeof functions / sizeof functions[0]); }

const char *ce_tesseract_load(void) {
    pthread_once(&state.once, load);
    return ce_library_failure(&state);
}
