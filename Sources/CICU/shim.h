// One `static inline` forwarder per ICU C function Tactful calls.
// ICU renames its C API with version suffixes through function-like macros (ubrk_open → ubrk_open_72);
// Swift cannot import those macros, so each function is re-exposed under an `icu_` prefix. No logic here.
#ifndef TACTFUL_CICU_SHIM_H
#define TACTFUL_CICU_SHIM_H

#include <unicode/utypes.h>
#include <unicode/uloc.h>
#include <unicode/ures.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>
#include <unicode/unorm2.h>
#include <unicode/unumberformatter.h>
#include <unicode/unum.h>
#include <unicode/udatpg.h>
#include <unicode/udat.h>
#include <unicode/ureldatefmt.h>
#include <unicode/ucal.h>
#include <unicode/uenum.h>
#include <unicode/ucurr.h>
#include <unicode/ulocdata.h>
#include <unicode/uset.h>
#include <unicode/upluralrules.h>
#include <unicode/ulistformatter.h>
#include <unicode/utrans.h>
#include <unicode/uregex.h>

static inline const char * icu_u_errorName(UErrorCode code) { return u_errorName(code); }
static inline int32_t icu_uloc_forLanguageTag(const char* langtag, char* localeID, int32_t localeIDCapacity, int32_t* parsedLength, UErrorCode* err) { return uloc_forLanguageTag(langtag, localeID, localeIDCapacity, parsedLength, err); }
static inline int32_t icu_uloc_toLanguageTag(const char* localeID, char* langtag, int32_t langtagCapacity, UBool strict, UErrorCode* err) { return uloc_toLanguageTag(localeID, langtag, langtagCapacity, strict, err); }
static inline int32_t icu_uloc_addLikelySubtags(const char* localeID, char* maximizedLocaleID, int32_t maximizedLocaleIDCapacity, UErrorCode* err) { return uloc_addLikelySubtags(localeID, maximizedLocaleID, maximizedLocaleIDCapacity, err); }
static inline int32_t icu_uloc_minimizeSubtags(const char* localeID, char* minimizedLocaleID, int32_t minimizedLocaleIDCapacity, UErrorCode* err) { return uloc_minimizeSubtags(localeID, minimizedLocaleID, minimizedLocaleIDCapacity, err); }
static inline int32_t icu_uloc_getLanguage(const char* localeID, char* language, int32_t languageCapacity, UErrorCode* err) { return uloc_getLanguage(localeID, language, languageCapacity, err); }
static inline int32_t icu_uloc_getScript(const char* localeID, char* script, int32_t scriptCapacity, UErrorCode* err) { return uloc_getScript(localeID, script, scriptCapacity, err); }
static inline int32_t icu_uloc_getCountry(const char* localeID, char* country, int32_t countryCapacity, UErrorCode* err) { return uloc_getCountry(localeID, country, countryCapacity, err); }
static inline int32_t icu_uloc_getParent(const char* localeID, char* parent, int32_t parentCapacity, UErrorCode* err) { return uloc_getParent(localeID, parent, parentCapacity, err); }
static inline int32_t icu_uloc_getDisplayCountry(const char* localeID, const char* inLocaleID, UChar* result, int32_t maxResultSize, UErrorCode* err) { return uloc_getDisplayCountry(localeID, inLocaleID, result, maxResultSize, err); }
static inline int32_t icu_uloc_getDisplayName(const char* localeID, const char* inLocaleID, UChar* result, int32_t maxResultSize, UErrorCode* err) { return uloc_getDisplayName(localeID, inLocaleID, result, maxResultSize, err); }
static inline UResourceBundle* icu_ures_getByKey(const UResourceBundle *resourceBundle, const char* key, UResourceBundle *fillIn, UErrorCode *status) { return ures_getByKey(resourceBundle, key, fillIn, status); }
static inline const UChar* icu_ures_getStringByIndex(const UResourceBundle *resourceBundle, int32_t indexS, int32_t* len, UErrorCode *status) { return ures_getStringByIndex(resourceBundle, indexS, len, status); }
static inline UResourceBundle* icu_ures_openDirect(const char* packageName, const char* locale, UErrorCode* status) { return ures_openDirect(packageName, locale, status); }
static inline void icu_ures_close(UResourceBundle* resourceBundle) { ures_close(resourceBundle); }
static inline const UChar* icu_ures_getStringByKey(const UResourceBundle *resB, const char* key, int32_t* len, UErrorCode *status) { return ures_getStringByKey(resB, key, len, status); }
static inline const char* icu_ures_getKey(const UResourceBundle *resourceBundle) { return ures_getKey(resourceBundle); }
static inline int32_t icu_ures_getSize(const UResourceBundle *resourceBundle) { return ures_getSize(resourceBundle); }
static inline UResourceBundle* icu_ures_getByIndex(const UResourceBundle *resourceBundle, int32_t indexR, UResourceBundle *fillIn, UErrorCode *status) { return ures_getByIndex(resourceBundle, indexR, fillIn, status); }
static inline int32_t icu_uloc_countAvailable(void) { return uloc_countAvailable(); }
static inline const char* icu_uloc_getAvailable(int32_t n) { return uloc_getAvailable(n); }
static inline UBreakIterator* icu_ubrk_open(UBreakIteratorType type, const char *locale, const UChar *text, int32_t textLength, UErrorCode *status) { return ubrk_open(type, locale, text, textLength, status); }
static inline void icu_ubrk_close(UBreakIterator *bi) { ubrk_close(bi); }
static inline void icu_ubrk_setText(UBreakIterator* bi, const UChar* text, int32_t textLength, UErrorCode* status) { ubrk_setText(bi, text, textLength, status); }
static inline int32_t icu_ubrk_first(UBreakIterator *bi) { return ubrk_first(bi); }
static inline int32_t icu_ubrk_next(UBreakIterator *bi) { return ubrk_next(bi); }
static inline int32_t icu_ubrk_getRuleStatus(UBreakIterator *bi) { return ubrk_getRuleStatus(bi); }
static inline int32_t icu_u_strFoldCase(UChar *dest, int32_t destCapacity, const UChar *src, int32_t srcLength, uint32_t options, UErrorCode *pErrorCode) { return u_strFoldCase(dest, destCapacity, src, srcLength, options, pErrorCode); }
static inline int32_t icu_u_strToUpper(UChar *dest, int32_t destCapacity, const UChar *src, int32_t srcLength, const char *locale, UErrorCode *pErrorCode) { return u_strToUpper(dest, destCapacity, src, srcLength, locale, pErrorCode); }
static inline int32_t icu_u_strToLower(UChar *dest, int32_t destCapacity, const UChar *src, int32_t srcLength, const char *locale, UErrorCode *pErrorCode) { return u_strToLower(dest, destCapacity, src, srcLength, locale, pErrorCode); }
static inline const UNormalizer2 * icu_unorm2_getNFCInstance(UErrorCode *pErrorCode) { return unorm2_getNFCInstance(pErrorCode); }
static inline const UNormalizer2 * icu_unorm2_getNFKCInstance(UErrorCode *pErrorCode) { return unorm2_getNFKCInstance(pErrorCode); }
static inline const UNormalizer2 * icu_unorm2_getNFKCCasefoldInstance(UErrorCode *pErrorCode) { return unorm2_getNFKCCasefoldInstance(pErrorCode); }
static inline int32_t icu_unorm2_normalize(const UNormalizer2 *norm2, const UChar *src, int32_t length, UChar *dest, int32_t capacity, UErrorCode *pErrorCode) { return unorm2_normalize(norm2, src, length, dest, capacity, pErrorCode); }
static inline int32_t icu_unorm2_spanQuickCheckYes(const UNormalizer2 *norm2, const UChar *s, int32_t length, UErrorCode *pErrorCode) { return unorm2_spanQuickCheckYes(norm2, s, length, pErrorCode); }
static inline UNumberFormatter* icu_unumf_openForSkeletonAndLocale(const UChar* skeleton, int32_t skeletonLen, const char* locale, UErrorCode* ec) { return unumf_openForSkeletonAndLocale(skeleton, skeletonLen, locale, ec); }
static inline UFormattedNumber* icu_unumf_openResult(UErrorCode* ec) { return unumf_openResult(ec); }
static inline void icu_unumf_formatDouble(const UNumberFormatter* uformatter, double value, UFormattedNumber* uresult, UErrorCode* ec) { unumf_formatDouble(uformatter, value, uresult, ec); }
static inline void icu_unumf_formatDecimal(const UNumberFormatter* uformatter, const char* value, int32_t valueLen, UFormattedNumber* uresult, UErrorCode* ec) { unumf_formatDecimal(uformatter, value, valueLen, uresult, ec); }
static inline int32_t icu_unumf_resultToString(const UFormattedNumber* uresult, UChar* buffer, int32_t bufferCapacity, UErrorCode* ec) { return unumf_resultToString(uresult, buffer, bufferCapacity, ec); }
static inline void icu_unumf_close(UNumberFormatter* uformatter) { unumf_close(uformatter); }
static inline void icu_unumf_closeResult(UFormattedNumber* uresult) { unumf_closeResult(uresult); }
static inline UNumberFormat* icu_unum_openSpellout(const char* locale, UErrorCode* status) { return unum_open(UNUM_SPELLOUT, NULL, 0, locale, NULL, status); }
static inline void icu_unum_setTextAttribute(UNumberFormat* fmt, UNumberFormatTextAttribute tag, const UChar* newValue, int32_t newValueLength, UErrorCode* status) { unum_setTextAttribute(fmt, tag, newValue, newValueLength, status); }
static inline int32_t icu_unum_format(const UNumberFormat* fmt, int32_t number, UChar* result, int32_t resultLength, UErrorCode* status) { return unum_format(fmt, number, result, resultLength, NULL, status); }
static inline void icu_unum_close(UNumberFormat* fmt) { unum_close(fmt); }
static inline UDateTimePatternGenerator * icu_udatpg_open(const char *locale, UErrorCode *pErrorCode) { return udatpg_open(locale, pErrorCode); }
static inline void icu_udatpg_close(UDateTimePatternGenerator *dtpg) { udatpg_close(dtpg); }
static inline int32_t icu_udatpg_getBestPattern(UDateTimePatternGenerator *dtpg, const UChar *skeleton, int32_t length, UChar *bestPattern, int32_t capacity, UErrorCode *pErrorCode) { return udatpg_getBestPattern(dtpg, skeleton, length, bestPattern, capacity, pErrorCode); }
static inline UDateFormatHourCycle icu_udatpg_getDefaultHourCycle(const UDateTimePatternGenerator *dtpg, UErrorCode* pErrorCode) { return udatpg_getDefaultHourCycle(dtpg, pErrorCode); }
static inline UDateFormat* icu_udat_open(UDateFormatStyle timeStyle, UDateFormatStyle dateStyle, const char *locale, const UChar *tzID, int32_t tzIDLength, const UChar *pattern, int32_t patternLength, UErrorCode *status) { return udat_open(timeStyle, dateStyle, locale, tzID, tzIDLength, pattern, patternLength, status); }
static inline void icu_udat_close(UDateFormat* format) { udat_close(format); }
static inline int32_t icu_udat_format(const UDateFormat* format, UDate dateToFormat, UChar* result, int32_t resultLength, UFieldPosition* position, UErrorCode* status) { return udat_format(format, dateToFormat, result, resultLength, position, status); }
static inline int32_t icu_udat_countSymbols(const UDateFormat* fmt, UDateFormatSymbolType type) { return udat_countSymbols(fmt, type); }
static inline int32_t icu_udat_getSymbols(const UDateFormat* fmt, UDateFormatSymbolType type, int32_t symbolIndex, UChar* result, int32_t resultLength, UErrorCode* status) { return udat_getSymbols(fmt, type, symbolIndex, result, resultLength, status); }
static inline URelativeDateTimeFormatter* icu_ureldatefmt_open(const char* locale, UNumberFormat* nfToAdopt, UDateRelativeDateTimeFormatterStyle width, UDisplayContext capitalizationContext, UErrorCode* status) { return ureldatefmt_open(locale, nfToAdopt, width, capitalizationContext, status); }
static inline void icu_ureldatefmt_close(URelativeDateTimeFormatter *reldatefmt) { ureldatefmt_close(reldatefmt); }
static inline int32_t icu_ureldatefmt_format(const URelativeDateTimeFormatter* reldatefmt, double offset, URelativeDateTimeUnit unit, UChar* result, int32_t resultCapacity, UErrorCode* status) { return ureldatefmt_format(reldatefmt, offset, unit, result, resultCapacity, status); }
static inline int32_t icu_ureldatefmt_combineDateAndTime(const URelativeDateTimeFormatter* reldatefmt, const UChar * relativeDateString, int32_t relativeDateStringLen, const UChar * timeString, int32_t timeStringLen, UChar* result, int32_t resultCapacity, UErrorCode* status) { return ureldatefmt_combineDateAndTime(reldatefmt, relativeDateString, relativeDateStringLen, timeString, timeStringLen, result, resultCapacity, status); }
static inline UCalendar* icu_ucal_open(const UChar* zoneID, int32_t len, const char* locale, UCalendarType type, UErrorCode* status) { return ucal_open(zoneID, len, locale, type, status); }
static inline void icu_ucal_close(UCalendar *cal) { ucal_close(cal); }
static inline void icu_ucal_setMillis(UCalendar* cal, UDate dateTime, UErrorCode* status) { ucal_setMillis(cal, dateTime, status); }
static inline UDate icu_ucal_getMillis(const UCalendar* cal, UErrorCode* status) { return ucal_getMillis(cal, status); }
static inline int32_t icu_ucal_get(const UCalendar* cal, UCalendarDateFields field, UErrorCode* status) { return ucal_get(cal, field, status); }
static inline void icu_ucal_set(UCalendar* cal, UCalendarDateFields field, int32_t value) { ucal_set(cal, field, value); }
static inline void icu_ucal_clear(UCalendar* calendar) { ucal_clear(calendar); }
static inline int32_t icu_ucal_getAttribute(const UCalendar* cal, UCalendarAttribute attr) { return ucal_getAttribute(cal, attr); }
static inline UCalendarWeekdayType icu_ucal_getDayOfWeekType(const UCalendar *cal, UCalendarDaysOfWeek dayOfWeek, UErrorCode* status) { return ucal_getDayOfWeekType(cal, dayOfWeek, status); }
static inline int32_t icu_ucal_getCanonicalTimeZoneID(const UChar* id, int32_t len, UChar* result, int32_t resultCapacity, UBool *isSystemID, UErrorCode* status) { return ucal_getCanonicalTimeZoneID(id, len, result, resultCapacity, isSystemID, status); }
static inline UEnumeration* icu_ucal_openTimeZoneIDEnumeration(USystemTimeZoneType zoneType, const char* region, const int32_t* rawOffset, UErrorCode* ec) { return ucal_openTimeZoneIDEnumeration(zoneType, region, rawOffset, ec); }
static inline const char * icu_ucal_getTZDataVersion(UErrorCode* status) { return ucal_getTZDataVersion(status); }
static inline const char* icu_uenum_next(UEnumeration* en, int32_t* resultLength, UErrorCode* status) { return uenum_next(en, resultLength, status); }
static inline void icu_uenum_close(UEnumeration* en) { uenum_close(en); }
static inline int32_t icu_ucurr_forLocale(const char* locale, UChar* buff, int32_t buffCapacity, UErrorCode* ec) { return ucurr_forLocale(locale, buff, buffCapacity, ec); }
static inline int32_t icu_ucurr_getDefaultFractionDigitsForUsage(const UChar* currency, const UCurrencyUsage usage, UErrorCode* ec) { return ucurr_getDefaultFractionDigitsForUsage(currency, usage, ec); }
static inline double icu_ucurr_getRoundingIncrementForUsage(const UChar* currency, const UCurrencyUsage usage, UErrorCode* ec) { return ucurr_getRoundingIncrementForUsage(currency, usage, ec); }
static inline const UChar* icu_ucurr_getName(const UChar* currency, const char* locale, UCurrNameStyle nameStyle, UBool* isChoiceFormat, int32_t* len, UErrorCode* ec) { return ucurr_getName(currency, locale, nameStyle, isChoiceFormat, len, ec); }
static inline UBool icu_ucurr_isAvailable(const UChar* isoCode, UDate from, UDate to, UErrorCode* errorCode) { return ucurr_isAvailable(isoCode, from, to, errorCode); }
static inline UMeasurementSystem icu_ulocdata_getMeasurementSystem(const char *localeID, UErrorCode *status) { return ulocdata_getMeasurementSystem(localeID, status); }
static inline ULocaleData* icu_ulocdata_open(const char *localeID, UErrorCode *status) { return ulocdata_open(localeID, status); }
static inline void icu_ulocdata_close(ULocaleData *uld) { ulocdata_close(uld); }
static inline USet* icu_ulocdata_getExemplarSet(ULocaleData *uld, USet *fillIn, uint32_t options, ULocaleDataExemplarSetType extype, UErrorCode *status) { return ulocdata_getExemplarSet(uld, fillIn, options, extype, status); }
static inline void icu_uset_close(USet* set) { uset_close(set); }
static inline UBool icu_uset_contains(const USet* set, UChar32 c) { return uset_contains(set, c); }
static inline UPluralRules* icu_uplrules_open(const char *locale, UErrorCode *status) { return uplrules_open(locale, status); }
static inline void icu_uplrules_close(UPluralRules *uplrules) { uplrules_close(uplrules); }
static inline int32_t icu_uplrules_select(const UPluralRules *uplrules, double number, UChar *keyword, int32_t capacity, UErrorCode *status) { return uplrules_select(uplrules, number, keyword, capacity, status); }
static inline UListFormatter* icu_ulistfmt_openForType(const char* locale, UListFormatterType type, UListFormatterWidth width, UErrorCode* status) { return ulistfmt_openForType(locale, type, width, status); }
static inline void icu_ulistfmt_close(UListFormatter *listfmt) { ulistfmt_close(listfmt); }
static inline int32_t icu_ulistfmt_format(const UListFormatter* listfmt, const UChar* const strings[], const int32_t * stringLengths, int32_t stringCount, UChar* result, int32_t resultCapacity, UErrorCode* status) { return ulistfmt_format(listfmt, strings, stringLengths, stringCount, result, resultCapacity, status); }
static inline UTransliterator* icu_utrans_openU(const UChar *id, int32_t idLength, UTransDirection dir, const UChar *rules, int32_t rulesLength, UParseError *parseError, UErrorCode *pErrorCode) { return utrans_openU(id, idLength, dir, rules, rulesLength, parseError, pErrorCode); }
static inline void icu_utrans_close(UTransliterator* trans) { utrans_close(trans); }
static inline void icu_utrans_transUChars(const UTransliterator* trans, UChar* text, int32_t* textLength, int32_t textCapacity, int32_t start, int32_t* limit, UErrorCode* status) { utrans_transUChars(trans, text, textLength, textCapacity, start, limit, status); }
static inline URegularExpression * icu_uregex_open(const UChar *pattern, int32_t patternLength, uint32_t flags, UParseError *pe, UErrorCode *status) { return uregex_open(pattern, patternLength, flags, pe, status); }
static inline void icu_uregex_close(URegularExpression *regexp) { uregex_close(regexp); }
static inline void icu_uregex_setText(URegularExpression *regexp, const UChar *text, int32_t textLength, UErrorCode *status) { uregex_setText(regexp, text, textLength, status); }
static inline UBool icu_uregex_findNext(URegularExpression *regexp, UErrorCode *status) { return uregex_findNext(regexp, status); }
static inline int32_t icu_uregex_start(URegularExpression *regexp, int32_t groupNum, UErrorCode *status) { return uregex_start(regexp, groupNum, status); }
static inline int32_t icu_uregex_end(URegularExpression *regexp, int32_t groupNum, UErrorCode *status) { return uregex_end(regexp, groupNum, status); }
static inline int32_t icu_uregex_groupCount(URegularExpression *regexp, UErrorCode *status) { return uregex_groupCount(regexp, status); }
static inline void icu_uregex_setTimeLimit(URegularExpression *regexp, int32_t limit, UErrorCode *status) { uregex_setTimeLimit(regexp, limit, status); }
static inline void icu_uregex_setStackLimit(URegularExpression *regexp, int32_t limit, UErrorCode *status) { uregex_setStackLimit(regexp, limit, status); }

#endif
