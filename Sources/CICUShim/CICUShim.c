/* The only file of Concord that includes ICU headers. Each function is a thin wrapper that
   turns ICU's types into the plain C types of CICUShim.h, except the UTF-8 decoder, which does
   without ICU for speed. */
#include "CICUShim.h"

#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
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

/* Eight bytes of `word` (in memory order) that are not printable ASCII, i.e. at or above 0x80 or
   below 0x0E (CR, LF and the other controls), get their high bit set. Past the first such byte
   the marks may be wrong (a borrow runs on), which is why only the first is ever used. */
static inline uint64_t utf8_special_bytes(uint64_t word) {
    const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    return (word | ((word - 0x0E * ones) & ~word)) & highs;
}

static inline int32_t utf8_index_of_first_mark(uint64_t marks) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    return __builtin_clzll(marks) >> 3;
#else
    return __builtin_ctzll(marks) >> 3;
#endif
}

/* Widens the printable ASCII (0x0E to 0x7F) at the start of `s` into `d`, a block at a time, and
   returns how many bytes that was; it stops at the first other byte, or when fewer than eight
   bytes are left. Each step writes a whole block even when the run ends inside it: the units
   past the run are written again by what follows, and as a byte never needs more than one
   unit, the writes stay within the room the caller has for the rest of the text. */
static inline int32_t utf8_widen_ascii(const uint8_t *s, const uint8_t *end, uint16_t *d) {
    const uint8_t *start = s;
#if defined(__SSE2__)
    const __m128i zero = _mm_setzero_si128(), firstPrintable = _mm_set1_epi8(0x0E);
    while (end - s >= 16) {
        __m128i bytes = _mm_loadu_si128((const __m128i *)s);
        _mm_storeu_si128((__m128i *)d, _mm_unpacklo_epi8(bytes, zero));
        _mm_storeu_si128((__m128i *)(d + 8), _mm_unpackhi_epi8(bytes, zero));
        /* A signed comparison: bytes from 0x80 up are negative, so below 0x0E as well. */
        int marks = _mm_movemask_epi8(_mm_cmplt_epi8(bytes, firstPrintable));
        if (marks) return (int32_t)(s - start) + __builtin_ctz((unsigned)marks);
        s += 16;
        d += 16;
    }
#endif
    while (end - s >= 8) {
        uint8_t bytes[8];
        uint64_t word;
        memcpy(bytes, s, sizeof bytes);
        memcpy(&word, bytes, sizeof word);
        for (int i = 0; i < 8; i++) d[i] = bytes[i];
        uint64_t marks = utf8_special_bytes(word);
        if (marks) return (int32_t)(s - start) + utf8_index_of_first_mark(marks);
        s += 8;
        d += 8;
    }
    return (int32_t)(s - start);
}

int32_t icushim_utf8_to_utf16_lines(const uint8_t *src, int32_t length, uint16_t *dest,
                                    int32_t *lineEnds, int32_t *lineStarts, int32_t lineEndCapacity,
                                    ICUShimUTF8Progress *progress) {
    const uint8_t *s = src, *end = src + length;
    uint16_t *d = dest;
    int32_t lines = 0, status = 1;
    while (s < end) {
        uint8_t lead = *s;
        if (lead >= 0x0E && lead < 0x80) {
            int32_t run = utf8_widen_ascii(s, end, d);
            s += run;
            d += run;
            while (s < end && *s >= 0x0E && *s < 0x80) *d++ = *s++;
            if (s == end) break;
            lead = *s;
        }
        if (lead < 0x80) {
            *d = lead;
            if (lead != 0x0A && lead != 0x0D) {
                s++;
                d++;
                continue;
            }
            lineEnds[lines] = (int32_t)(d - dest);
            if (lead == 0x0D && end - s >= 2 && s[1] == 0x0A) {
                d[1] = 0x0A;
                s += 2;
                d += 2;
            } else {
                s++;
                d++;
            }
            lineStarts[lines++] = (int32_t)(d - dest);
            if (lines == lineEndCapacity && s < end) {
                status = 0;
                break;
            }
            continue;
        }
        /* Well-formed sequences as in Unicode table 3-7: no overlong forms, no surrogates,
           nothing past U+10FFFF. Runs of three-byte sequences (Chinese) go through a shorter
           loop, which checks the decoded value instead of the second byte's range. */
        while (end - s >= 3 && (s[0] & 0xF0) == 0xE0) {
            uint16_t unit = (uint16_t)(((s[0] & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F));
            int wellFormed = ((s[1] & 0xC0) == 0x80) & ((s[2] & 0xC0) == 0x80) & (unit >= 0x800)
                & ((unit & 0xF800) != 0xD800);
            if (!wellFormed) break;
            *d++ = unit;
            s += 3;
        }
        if (s == end) break;
        lead = *s;
        if (lead < 0x80) continue;
        if (lead >= 0xC2 && lead <= 0xDF) {
            if (end - s < 2 || (s[1] & 0xC0) != 0x80) { status = -1; break; }
            *d++ = (uint16_t)(((lead & 0x1F) << 6) | (s[1] & 0x3F));
            s += 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            uint8_t low = lead == 0xE0 ? 0xA0 : 0x80, high = lead == 0xED ? 0x9F : 0xBF;
            if (end - s < 3 || s[1] < low || s[1] > high || (s[2] & 0xC0) != 0x80) { status = -1; break; }
            *d++ = (uint16_t)(((lead & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F));
            s += 3;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            uint8_t low = lead == 0xF0 ? 0x90 : 0x80, high = lead == 0xF4 ? 0x8F : 0xBF;
            if (end - s < 4 || s[1] < low || s[1] > high || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80) {
                status = -1;
                break;
            }
            uint32_t scalar = ((uint32_t)(lead & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12)
                | ((uint32_t)(s[2] & 0x3F) << 6) | (uint32_t)(s[3] & 0x3F);
            *d++ = (uint16_t)(0xD7C0 + (scalar >> 10));
            *d++ = (uint16_t)(0xDC00 | (scalar & 0x3FF));
            s += 4;
        } else {
            status = -1;
            break;
        }
    }
    progress->bytesRead = (int32_t)(s - src);
    progress->unitsWritten = (int32_t)(d - dest);
    progress->lineEndCount = lines;
    return status;
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
