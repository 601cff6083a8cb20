#include "cicu.h"

#include <string.h>
#include <unicode/ucsdet.h>
#include <unicode/ucnv.h>
#include <unicode/unorm2.h>
#include <unicode/unum.h>

int32_t cicu_detect_charset(const uint8_t *bytes, int32_t length,
                            char *name, int32_t nameCapacity, int32_t *confidence) {
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&status);
    if (U_FAILURE(status)) return (int32_t)status;
    ucsdet_setText(detector, (const char *)bytes, length, &status);
    const UCharsetMatch *match = U_SUCCESS(status) ? ucsdet_detect(detector, &status) : NULL;
    if (U_SUCCESS(status) && match == NULL) status = U_INVALID_FORMAT_ERROR;
    if (U_SUCCESS(status)) {
        const char *found = ucsdet_getName(match, &status);
        int32_t conf = ucsdet_getConfidence(match, &status);
        if (U_SUCCESS(status)) {
            strncpy(name, found, (size_t)nameCapacity - 1);
            name[nameCapacity - 1] = '\0';
            *confidence = conf;
        }
    }
    ucsdet_close(detector);
    return U_FAILURE(status) ? (int32_t)status : 0;
}

int32_t cicu_decode(const char *charset, const uint8_t *bytes, int32_t length,
                    uint16_t *utf16, int32_t *offsets, int32_t capacity, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UConverter *conv = ucnv_open(charset, &err);
    if (U_FAILURE(err)) { *status = (int32_t)err; return -1; }
    UChar *target = (UChar *)utf16;
    const char *source = (const char *)bytes;
    ucnv_toUnicode(conv, &target, (UChar *)utf16 + capacity, &source,
                   (const char *)bytes + length, offsets, 1 /* flush */, &err);
    int32_t written = (int32_t)(target - (UChar *)utf16);
    ucnv_close(conv);
    if (U_FAILURE(err)) { *status = (int32_t)err; return -1; }
    *status = 0;
    return written;
}

int32_t cicu_nfkc(const uint16_t *text, int32_t length,
                  uint16_t *out, int32_t capacity, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&err);
    if (U_FAILURE(err)) { *status = (int32_t)err; return 0; }
    int32_t needed = unorm2_normalize(nfkc, (const UChar *)text, length, (UChar *)out, capacity, &err);
    *status = (err == U_BUFFER_OVERFLOW_ERROR || U_SUCCESS(err)) ? 0 : (int32_t)err;
    return needed;
}

int32_t cicu_parse_spellout(const uint16_t *text, int32_t length, double *value) {
    UErrorCode err = U_ZERO_ERROR;
    UNumberFormat *fmt = unum_open(UNUM_SPELLOUT, NULL, 0, "zh", NULL, &err);
    if (U_FAILURE(err)) return 0;
    int32_t pos = 0;
    double parsed = unum_parseDouble(fmt, (const UChar *)text, length, &pos, &err);
    unum_close(fmt);
    /* ICU reports success for a prefix; only a parse of the whole text counts. */
    if (U_FAILURE(err) || pos != length) return 0;
    *value = parsed;
    return 1;
}
