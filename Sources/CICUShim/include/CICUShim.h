/*
 * CICUShim — the only door between Concord and the system ICU.
 *
 * Foundation on Linux carries its own ICU whose C types share names with the system ICU's, so
 * no Swift module may see <unicode/...>. This header therefore uses only <stdint.h> types and
 * opaque handles. Conventions:
 *   - `status` is ICU's UErrorCode as int32_t: 0 ok, < 0 warning, > 0 failure.
 *   - Text is UTF-16 (`uint16_t`, ICU's UChar) with explicit lengths; offsets are UTF-16 offsets.
 *   - Functions writing into (dest, capacity) return the full length needed and set
 *     ICUSHIM_BUFFER_OVERFLOW when capacity was too small, as ICU itself does.
 */
#ifndef CICUSHIM_H
#define CICUSHIM_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

enum {
    ICUSHIM_BUFFER_OVERFLOW = 15,      /* U_BUFFER_OVERFLOW_ERROR */
    ICUSHIM_INVALID_CHAR_FOUND = 10,   /* U_INVALID_CHAR_FOUND */
};

enum {
    ICUSHIM_BREAK_CHARACTER = 0,
    ICUSHIM_BREAK_WORD = 1,
    ICUSHIM_BREAK_LINE = 2,
    ICUSHIM_BREAK_SENTENCE = 3,
};

enum {
    ICUSHIM_NORM_NFC = 0,
    ICUSHIM_NORM_NFD = 1,
    ICUSHIM_NORM_NFKC = 2,
    ICUSHIM_NORM_NFKD = 3,
    ICUSHIM_NORM_NFKC_CASEFOLD = 4,
};

typedef struct ICUShimBreakIterator ICUShimBreakIterator;
typedef struct ICUShimNormalizer ICUShimNormalizer;
typedef struct ICUShimTransliterator ICUShimTransliterator;
typedef struct ICUShimSpoofChecker ICUShimSpoofChecker;
typedef struct ICUShimNumberFormat ICUShimNumberFormat;
typedef struct ICUShimCollator ICUShimCollator;

/* Errors and versions */
const char *icushim_error_name(int32_t status);
void icushim_version(char *dest, int32_t capacity);
void icushim_unicode_version(char *dest, int32_t capacity);

/* UTF-16 -> UTF-8. Lone surrogates become U+FFFD. */
int32_t icushim_utf16_to_utf8(const uint16_t *src, int32_t length,
                              uint8_t *dest, int32_t capacity, int32_t *status);

/* UTF-8 -> UTF-16 without ICU, several times faster than ICU's converter on text that is mostly
   ASCII, noting line ends on the way. Strict: only well-formed UTF-8 (Unicode table 3-7) is
   accepted and nothing is substituted.
   Converts `src` into `dest`, which must have room for `length` units (never too few). For
   each line end (LF, CR or CR LF) it stores the `dest` offset of its first unit in `lineEnds`
   and the offset just past it in `lineStarts`, both with room for `lineEndCapacity` offsets.
   Returns 1 when all of `src` is converted; 0 when it stopped just after a line end because
   the offsets were full (call again with the rest); -1 at an ill-formed sequence, which
   `progress->bytesRead` then points at. */
typedef struct {
    int32_t bytesRead;
    int32_t unitsWritten;
    int32_t lineEndCount;
} ICUShimUTF8Progress;

int32_t icushim_utf8_to_utf16_lines(const uint8_t *src, int32_t length, uint16_t *dest,
                                    int32_t *lineEnds, int32_t *lineStarts, int32_t lineEndCapacity,
                                    ICUShimUTF8Progress *progress);

/* Break iterators (ubrk). ICU keeps a pointer to the text given to set_text. */
ICUShimBreakIterator *icushim_brk_open(int32_t kind, const char *locale, int32_t *status);
ICUShimBreakIterator *icushim_brk_clone(const ICUShimBreakIterator *iterator, int32_t *status);
void icushim_brk_close(ICUShimBreakIterator *iterator);
void icushim_brk_set_text(ICUShimBreakIterator *iterator, const uint16_t *text, int32_t length,
                          int32_t *status);
int32_t icushim_brk_first(ICUShimBreakIterator *iterator);
int32_t icushim_brk_next(ICUShimBreakIterator *iterator);      /* -1 when done */
int32_t icushim_brk_rule_status(ICUShimBreakIterator *iterator);

/* Normalization (unorm2). Instances are ICU singletons: never freed, safe to share. */
const ICUShimNormalizer *icushim_norm_instance(int32_t form, int32_t *status);
int32_t icushim_norm_normalize(const ICUShimNormalizer *normalizer, const uint16_t *src,
                               int32_t length, uint16_t *dest, int32_t capacity, int32_t *status);
/* Length of the prefix of `src` that is certainly already normalized. */
int32_t icushim_norm_span_quick_check_yes(const ICUShimNormalizer *normalizer,
                                          const uint16_t *src, int32_t length, int32_t *status);

/* Transliteration (utrans). `text` is transformed in place; returns the new length, which may
   exceed `capacity` (then the text is unusable and the call must be repeated from the source). */
ICUShimTransliterator *icushim_trans_open(const uint16_t *id, int32_t idLength, int32_t reverse,
                                          int32_t *status);
void icushim_trans_close(ICUShimTransliterator *transliterator);
int32_t icushim_trans_transliterate(const ICUShimTransliterator *transliterator, uint16_t *text,
                                    int32_t length, int32_t capacity, int32_t *status);

/* Confusable skeletons (uspoof, UTS #39). */
ICUShimSpoofChecker *icushim_spoof_open(int32_t *status);
void icushim_spoof_close(ICUShimSpoofChecker *checker);
int32_t icushim_spoof_skeleton(const ICUShimSpoofChecker *checker, const uint16_t *src,
                               int32_t length, uint16_t *dest, int32_t capacity, int32_t *status);

/* Character properties (uchar, uscript). */
int32_t icushim_char_category(int32_t codePoint);              /* UCharCategory */
int32_t icushim_script(int32_t codePoint, int32_t *status);    /* UScriptCode */
const char *icushim_script_short_name(int32_t script);         /* ISO 15924, e.g. "Hani" */

/* Rule-based spell-out number parsing (unum with UNUM_SPELLOUT), strict. */
ICUShimNumberFormat *icushim_spellout_open(const char *locale, int32_t *status);
void icushim_numfmt_close(ICUShimNumberFormat *format);
double icushim_numfmt_parse(const ICUShimNumberFormat *format, const uint16_t *text,
                            int32_t length, int32_t *parsePosition, int32_t *status);

int32_t icushim_numfmt_format(const ICUShimNumberFormat *format, double value, uint16_t *dest,
                              int32_t capacity, int32_t *status);

/* Locales: 1 when `code` is an ISO 639 language code ICU knows, else 0. */
int32_t icushim_is_known_language(const char *code);

/* Collation (ucol): language-aware ordering through sort keys */
ICUShimCollator *icushim_coll_open(const char *locale, int32_t *status);
void icushim_coll_close(ICUShimCollator *collator);
/* Writes the NUL-terminated sort key into dest; returns its length including the NUL. */
int32_t icushim_coll_sort_key(const ICUShimCollator *collator, const uint16_t *text, int32_t length,
                              uint8_t *dest, int32_t capacity);

#ifdef __cplusplus
}
#endif

#endif
