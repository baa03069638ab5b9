#ifndef TALLY_MARKUP_H
#define TALLY_MARKUP_H

#include <stddef.h>

/*
 * The only door to libxml2. Swift never sees a libxml2 type: each parse streams
 * plain C values to the callbacks below and frees everything of libxml2's
 * before it returns. Every symbol is prefixed `tly_`.
 *
 * Offsets are byte offsets into the buffer passed to the parse call, which must
 * be UTF-8. They point just past the construct that raised the event; they are
 * a hint the caller checks against the buffer, not a promise.
 */

#ifdef __cplusplus
extern "C" {
#endif

/// What a parse reports. All pointers are valid only during the callback.
typedef struct tly_callbacks {
  /// An element opens. `attributes` is a NULL-terminated list of name, value
  /// pairs (a value may be NULL for a bare attribute).
  void (*start_element)(void *context, const char *name, const char *const *attributes,
                        long end_offset);
  /// An element closes (libxml2's HTML parser also closes implied ends).
  void (*end_element)(void *context, const char *name, long end_offset);
  /// A run of character data, entities already decoded. `is_cdata` is 1 for a
  /// CDATA section or raw script/style content.
  void (*characters)(void *context, const char *bytes, int length, long end_offset, int is_cdata);
  /// An error or warning from libxml2, captured instead of printed.
  /// `level` is 1 for a warning, 2 for an error, 3 for a fatal error.
  void (*error)(void *context, int code, int level, int line, const char *message);
} tly_callbacks;

/// Prepares libxml2 once per process: initialises the parser and installs an
/// external-entity loader that refuses everything. Safe to call more than once.
void tly_initialize(void);

/// Parses HTML from memory with recovery, without network, entities or DTDs.
/// Returns 0 when the parse ran (even with errors), -1 when it could not start.
int tly_parse_html(const char *bytes, size_t length, const tly_callbacks *callbacks,
                   void *context);

/// Parses XML from memory with recovery, without network, entity substitution,
/// DTD loading or XInclude. Returns 0 when the parse ran, -1 when it could not start.
int tly_parse_xml(const char *bytes, size_t length, const tly_callbacks *callbacks,
                  void *context);

/// The code point an HTML 4 named entity stands for (`nbsp` → 160), or -1.
int tly_html_entity_value(const char *name);

#ifdef __cplusplus
}
#endif

#endif
