/* The only file of Concord that includes ICU headers. Each function is a thin wrapper that
   turns ICU's types into the plain C types of CICUShim.h. */
#include "CICUShim.h"

#include <string.h>
#include <unicode/uchar.h>
#include <unicode/uclean.h>
#include <unicode/ubrk.h>
#include <unicode/uloc.h>
#include <unicode/unorm2.h>
#include <unicode/unum.h>
#include <unicode/uscript.h>
#include <unicode/ucol.h>
#include <unicode/uspoof.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>

_Static_assert(sizeof(UChar) == sizeof(uint16_t), "UChar is a UTF-16 code unit");
_Static_assert(ICUSHIM_BUFFER_OVERFLOW == U_BUFFER_OVERFLOW_ERROR, "status mismatch");
_Static_assert(ICUSHIM_INVALID_CHAR_FOUND == U_INVALID_CHAR_FOUND, "status mismatch");
_Static_assert(ICUSHIM_BREAK_CHARACTER == UBRK_CHARACTER, "break kind mismatch");
_Static_assert(ICUSHIM_BREAK_WORD == UBRK_WORD, "break kind mismatch");
_Static_assert(ICUSHIM_BREAK_LINE == UBRK_LINE, "break kind mismatch");
_Static_assert(ICUSHIM_BREAK_SENTENCE == UBRK_SENTENCE, "break kind mismatch");
_Static_assert(UBRK_DONE == -1, "done marker");

const char *icushim_error_name(int32_t status) { return u_errorName((UErrorCode)status); }

void icushim_version(char *dest, int32_t capacity) {
    UVersionInfo info;
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_getVersion(info);
    u_versionToString(info, text);
    strncpy(dest, text, (size_t)capacity);
    if (capacity > 0) dest[capacity - 1] = 0;
}

void icushim_unicode_version(char *dest, int32_t capacity) {
    UVersionInfo info;
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_getUnicodeVersion(info);
    u_versionToString(info, text);
    strncpy(dest, text, (size_t)capacity);
    if (capacity > 0) dest[capacity - 1] = 0;
}

int32_t icushim_utf8_to_utf16(const uint8_t *src, int32_t length, uint16_t *dest,
                              int32_t capacity, int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    int32_t needed = 0;
    u_strFromUTF8((UChar *)dest, capacity, &needed, (const char *)src, length, &ec);
    *status = (int32_t)ec;
    return needed;
}

int32_t icushim_utf16_to_utf8(const uint16_t *src, int32_t length, uint8_t *dest,
                              int32_t capacity, int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    int32_t needed = 0;
    u_strToUTF8((char *)dest, capacity, &needed, (const UChar *)src, length, &ec);
    if (ec == U_INVALID_CHAR_FOUND) {
        /* Lone surrogates: the slower converter that substitutes U+FFFD. */
        ec = U_ZERO_ERROR;
        u_strToUTF8WithSub((char *)dest, capacity, &needed, (const UChar *)src, length, 0xFFFD,
                           NULL, &ec);
    }
    *status = (int32_t)ec;
    return needed;
}

ICUShimBreakIterator *icushim_brk_open(int32_t kind, const char *locale, int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open((UBreakIteratorType)kind, locale, NULL, 0, &ec);
    *status = (int32_t)ec;
    if (U_FAILURE(ec)) {
        if (iterator) ubrk_close(iterator);
        return NULL;
    }
    return (ICUShimBreakIterator *)iterator;
}

ICUShimBreakIterator *icushim_brk_clone(const ICUShimBreakIterator *iterator, int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    UBreakIterator *copy = ubrk_clone((const UBreakIterator *)iterator, &ec);
    *status = (int32_t)ec;
    if (U_FAILURE(ec)) {
        if (copy) ubrk_close(copy);
        return NULL;
    }
    return (ICUShimBreakIterator *)copy;
}

void icushim_brk_close(ICUShimBreakIterator *iterator) {
    if (iterator) ubrk_close((UBreakIterator *)iterator);
}

void icushim_brk_set_text(ICUShimBreakIterator *iterator, const uint16_t *text, int32_t length,
                          int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    ubrk_setText((UBreakIterator *)iterator, (const UChar *)text, length, &ec);
    *status = (int32_t)ec;
}

int32_t icushim_brk_first(ICUShimBreakIterator *iterator) {
    return ubrk_first((UBreakIterator *)iterator);
}

int32_t icushim_brk_next(ICUShimBreakIterator *iterator) {
    return ubrk_next((UBreakIterator *)iterator);
}

int32_t icushim_brk_rule_status(ICUShimBreakIterator *iterator) {
    return ubrk_getRuleStatus((UBreakIterator *)iterator);
}

const ICUShimNormalizer *icushim_norm_instance(int32_t form, int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    const UNormalizer2 *normalizer = NULL;
    switch (form) {
    case ICUSHIM_NORM_NFC: normalizer = unorm2_getNFCInstance(&ec); break;
    case ICUSHIM_NORM_NFD: normalizer = unorm2_getNFDInstance(&ec); break;
    case ICUSHIM_NORM_NFKC: normalizer = unorm2_getNFKCInstance(&ec); break;
    case ICUSHIM_NORM_NFKD: normalizer = unorm2_getNFKDInstance(&ec); break;
    case ICUSHIM_NORM_NFKC_CASEFOLD: normalizer = unorm2_getNFKCCasefoldInstance(&ec); break;
    default: ec = U_ILLEGAL_ARGUMENT_ERROR; break;
    }
    *status = (int32_t)ec;
    return U_FAILURE(ec) ? NULL : (const ICUShimNormalizer *)normalizer;
}

int32_t icushim_norm_normalize(const ICUShimNormalizer *normalizer, const uint16_t *src,
                               int32_t length, uint16_t *dest, int32_t capacity, int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    int32_t needed = unorm2_normalize((const UNormalizer2 *)normalizer, (const UChar *)src, length,
                                      (UChar *)dest, capacity, &ec);
    *status = (int32_t)ec;
    return needed;
}

int32_t icushim_norm_span_quick_check_yes(const ICUShimNormalizer *normalizer,
                                          const uint16_t *src, int32_t length, int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    int32_t span = unorm2_spanQuickCheckYes((const UNormalizer2 *)normalizer, (const UChar *)src,
                                            length, &ec);
    *status = (int32_t)ec;
    return span;
}

ICUShimTransliterator *icushim_trans_open(const uint16_t *id, int32_t idLength, int32_t reverse,
                                          int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    UParseError parseError;
    UTransliterator *transliterator = utrans_openU((const UChar *)id, idLength,
                                                   reverse ? UTRANS_REVERSE : UTRANS_FORWARD,
                                                   NULL, 0, &parseError, &ec);
    *status = (int32_t)ec;
    if (U_FAILURE(ec)) {
        if (transliterator) utrans_close(transliterator);
        return NULL;
    }
    return (ICUShimTransliterator *)transliterator;
}

void icushim_trans_close(ICUShimTransliterator *transliterator) {
    if (transliterator) utrans_close((UTransliterator *)transliterator);
}

int32_t icushim_trans_transliterate(const ICUShimTransliterator *transliterator, uint16_t *text,
                                    int32_t length, int32_t capacity, int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    int32_t textLength = length;
    int32_t limit = length;
    utrans_transUChars((const UTransliterator *)transliterator, (UChar *)text, &textLength,
                       capacity, 0, &limit, &ec);
    *status = (int32_t)ec;
    return textLength;
}

ICUShimSpoofChecker *icushim_spoof_open(int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    USpoofChecker *checker = uspoof_open(&ec);
    *status = (int32_t)ec;
    if (U_FAILURE(ec)) {
        if (checker) uspoof_close(checker);
        return NULL;
    }
    return (ICUShimSpoofChecker *)checker;
}

void icushim_spoof_close(ICUShimSpoofChecker *checker) {
    if (checker) uspoof_close((USpoofChecker *)checker);
}

int32_t icushim_spoof_skeleton(const ICUShimSpoofChecker *checker, const uint16_t *src,
                               int32_t length, uint16_t *dest, int32_t capacity, int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    int32_t needed = uspoof_getSkeleton((const USpoofChecker *)checker, 0, (const UChar *)src,
                                        length, (UChar *)dest, capacity, &ec);
    *status = (int32_t)ec;
    return needed;
}

int32_t icushim_char_category(int32_t codePoint) { return (int32_t)u_charType((UChar32)codePoint); }

int32_t icushim_script(int32_t codePoint, int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript((UChar32)codePoint, &ec);
    *status = (int32_t)ec;
    return (int32_t)script;
}

const char *icushim_script_short_name(int32_t script) {
    return uscript_getShortName((UScriptCode)script);
}

ICUShimNumberFormat *icushim_spellout_open(const char *locale, int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    UNumberFormat *format = unum_open(UNUM_SPELLOUT, NULL, 0, locale, NULL, &ec);
    *status = (int32_t)ec;
    if (U_FAILURE(ec)) {
        if (format) unum_close(format);
        return NULL;
    }
    return (ICUShimNumberFormat *)format;
}

void icushim_numfmt_close(ICUShimNumberFormat *format) {
    if (format) unum_close((UNumberFormat *)format);
}

double icushim_numfmt_parse(const ICUShimNumberFormat *format, const uint16_t *text,
                            int32_t length, int32_t *parsePosition, int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    double value = unum_parseDouble((const UNumberFormat *)format, (const UChar *)text, length,
                                    parsePosition, &ec);
    *status = (int32_t)ec;
    return value;
}

int32_t icushim_numfmt_format(const ICUShimNumberFormat *format, double value, uint16_t *dest,
                              int32_t capacity, int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    int32_t needed = unum_formatDouble((const UNumberFormat *)format, value, (UChar *)dest, capacity,
                                       NULL, &ec);
    *status = (int32_t)ec;
    return needed;
}

int32_t icushim_is_known_language(const char *code) {
    const char *const *languages = uloc_getISOLanguages();
    for (; *languages; ++languages) {
        if (strcmp(*languages, code) == 0) return 1;
    }
    return 0;
}

ICUShimCollator *icushim_coll_open(const char *locale, int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    UCollator *collator = ucol_open(locale, &ec);
    *status = (int32_t)ec;
    if (U_FAILURE(ec)) {
        if (collator) ucol_close(collator);
        return NULL;
    }
    return (ICUShimCollator *)collator;
}

void icushim_coll_close(ICUShimCollator *collator) {
    if (collator) ucol_close((UCollator *)collator);
}

int32_t icushim_coll_sort_key(const ICUShimCollator *collator, const uint16_t *text, int32_t length,
                              uint8_t *dest, int32_t capacity) {
    return ucol_getSortKey((const UCollator *)collator, (const UChar *)text, length, dest, capacity);
}
