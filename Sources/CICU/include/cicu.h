#ifndef CICU_H
#define CICU_H
/* A narrow C face over the system ICU. Only <stdint.h> types cross this header, so Swift can
   import it next to Foundation (whose own ICU would clash with the system headers). */
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Guesses the charset of `length` bytes. Writes the ICU charset name (NUL-terminated) into
   `name` and the confidence 0...100 into `confidence`. Returns 0 on success, an ICU error
   code (> 0) otherwise. */
int32_t cicu_detect_charset(const uint8_t *bytes, int32_t length,
                            char *name, int32_t nameCapacity, int32_t *confidence);

/* Decodes `length` bytes in `charset` to UTF-16. `offsets[i]` receives the index of the source
   byte that produced `utf16[i]`. Illegal sequences become U+FFFD. Returns the number of UTF-16
   units written, or -1 with `*status` set to the ICU error (> 0). */
int32_t cicu_decode(const char *charset, const uint8_t *bytes, int32_t length,
                    uint16_t *utf16, int32_t *offsets, int32_t capacity, int32_t *status);

/* NFKC-normalizes UTF-16 text. Returns the length needed; writes at most `capacity` units.
   `*status` > 0 means failure (a buffer overflow is reported as the needed length). */
int32_t cicu_nfkc(const uint16_t *text, int32_t length,
                  uint16_t *out, int32_t capacity, int32_t *status);

/* Parses Chinese spelled-out numbers (四十八万二千一百九十, 肆拾捌万贰仟壹佰玖拾, 二〇二四) with
   ICU's rule-based number format. Succeeds only when the whole text was consumed: returns 1
   and writes *value, or 0 when the text is not entirely a number. */
int32_t cicu_parse_spellout(const uint16_t *text, int32_t length, double *value);

#ifdef __cplusplus
}
#endif
#endif
