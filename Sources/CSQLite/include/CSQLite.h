#ifndef TALLY_SQLITE_H
#define TALLY_SQLITE_H

// The part of SQLite's C interface the store uses, declared here and bound when first used to
// the system's shared library (libsqlite3.so.0, which every Swift toolchain on Linux has), so
// that building Tally needs no SQLite headers. The declarations follow SQLite's documented,
// stable ABI; each call goes through a pointer looked up once with dlsym.

#include <stddef.h>

typedef struct sqlite3 sqlite3;
typedef struct sqlite3_stmt sqlite3_stmt;
typedef long long sqlite3_int64;
typedef unsigned long long sqlite3_uint64;
typedef void (*sqlite3_destructor_type)(void *);

#define SQLITE_OK 0
#define SQLITE_BUSY 5
#define SQLITE_LOCKED 6
#define SQLITE_MISUSE 21
#define SQLITE_ROW 100
#define SQLITE_DONE 101
#define SQLITE_OPEN_READWRITE 0x00000002
#define SQLITE_OPEN_CREATE 0x00000004
#define SQLITE_OPEN_FULLMUTEX 0x00010000

/// What a call returns when the library could not be loaded.
#define TALLY_SQLITE_UNAVAILABLE SQLITE_MISUSE

/// The functions, in the order of `tally_sqlite_names`.
enum tally_sqlite_function {
  TALLY_SQLITE3_OPEN_V2 = 0,
  TALLY_SQLITE3_CLOSE_V2 = 1,
  TALLY_SQLITE3_ERRMSG = 2,
  TALLY_SQLITE3_ERRCODE = 3,
  TALLY_SQLITE3_BUSY_TIMEOUT = 4,
  TALLY_SQLITE3_EXEC = 5,
  TALLY_SQLITE3_FREE = 6,
  TALLY_SQLITE3_PREPARE_V2 = 7,
  TALLY_SQLITE3_CHANGES = 8,
  TALLY_SQLITE3_LAST_INSERT_ROWID = 9,
  TALLY_SQLITE3_FINALIZE = 10,
  TALLY_SQLITE3_RESET = 11,
  TALLY_SQLITE3_CLEAR_BINDINGS = 12,
  TALLY_SQLITE3_BIND_TEXT = 13,
  TALLY_SQLITE3_BIND_INT64 = 14,
  TALLY_SQLITE3_BIND_DOUBLE = 15,
  TALLY_SQLITE3_BIND_NULL = 16,
  TALLY_SQLITE3_BIND_BLOB64 = 17,
  TALLY_SQLITE3_STEP = 18,
  TALLY_SQLITE3_COLUMN_COUNT = 19,
  TALLY_SQLITE3_COLUMN_TEXT = 20,
  TALLY_SQLITE3_COLUMN_BYTES = 21,
  TALLY_SQLITE3_COLUMN_BLOB = 22,
  TALLY_SQLITE3_COLUMN_INT64 = 23,
  TALLY_SQLITE_FUNCTION_COUNT = 24
};

/// Whether the library and every function above could be loaded (once, on first use).
int tally_sqlite_available(void);

/// Why not, when `tally_sqlite_available()` is 0: dlopen's or dlsym's message.
const char *tally_sqlite_unavailable_reason(void);

/// The function's address, or NULL when the library is not available.
void *tally_sqlite_function(enum tally_sqlite_function function);

static inline int sqlite3_open_v2(const char *filename, sqlite3 **db, int flags, const char *vfs) {
  void *function = tally_sqlite_function(TALLY_SQLITE3_OPEN_V2);
  if (!function) return TALLY_SQLITE_UNAVAILABLE;
  return ((int (*)(const char *, sqlite3 **, int, const char *))function)(filename, db, flags, vfs);
}

static inline int sqlite3_close_v2(sqlite3 *db) {
  void *function = tally_sqlite_function(TALLY_SQLITE3_CLOSE_V2);
  if (!function) return TALLY_SQLITE_UNAVAILABLE;
  return ((int (*)(sqlite3 *))function)(db);
}

static inline const char * sqlite3_errmsg(sqlite3 *db) {
  void *function = tally_sqlite_function(TALLY_SQLITE3_ERRMSG);
  if (!function) return "SQLite is not available";
  return ((const char * (*)(sqlite3 *))function)(db);
}

static inline int sqlite3_errcode(sqlite3 *db) {
  void *function = tally_sqlite_function(TALLY_SQLITE3_ERRCODE);
  if (!function) return TALLY_SQLITE_UNAVAILABLE;
  return ((int (*)(sqlite3 *))function)(db);
}

static inline int sqlite3_busy_timeout(sqlite3 *db, int milliseconds) {
  void *function = tally_sqlite_function(TALLY_SQLITE3_BUSY_TIMEOUT);
  if (!function) return TALLY_SQLITE_UNAVAILABLE;
  return ((int (*)(sqlite3 *, int))function)(db, milliseconds);
}

static inline int sqlite3_exec(sqlite3 *db, const char *sql, int (*callback)(void *, int, char **, char **), void *argument, char **error) {
  void *function = tally_sqlite_function(TALLY_SQLITE3_EXEC);
  if (!function) return TALLY_SQLITE_UNAVAILABLE;
  return ((int (*)(sqlite3 *, const char *, int (*)(void *, int, char **, char **), void *, char **))function)(db, sql, callback, argument, error);
}

static inline void sqlite3_free(void *pointer) {
  void *function = tally_sqlite_function(TALLY_SQLITE3_FREE);
  if (function) ((void (*)(void *))function)(pointer);
}

static inline int sqlite3_prepare_v2(sqlite3 *db, const char *sql, int length, sqlite3_stmt **statement, const char **tail) {
  void *function = tally_sqlite_function(TALLY_SQLITE3_PREPARE_V2);
  if (!function) return TALLY_SQLITE_UNAVAILABLE;
  return ((int (*)(sqlite3 *, const char *, int, sqlite3_stmt **, const char **))function)(db, sql, length, statement, tail);
}

static inline int sqlite3_changes(sqlite3 *db) {
  void *function = tally_sqlite_function(TALLY_SQLITE3_CHANGES);
  if (!function) return 0;
  return ((int (*)(sqlite3 *))function)(db);
}

static inline sqlite3_int64 sqlite3_last_insert_rowid(sqlite3 *db) {
  void *function = tally_sqlite_function(TALLY_SQLITE3_LAST_INSERT_ROWID);
  if (!function) return 0;
  return ((sqlite3_int64 (*)(sqlite3 *))function)(db);
}

static inline int sqlite3_finalize(sqlite3_stmt *statement) {
  void *function = tally_sqlite_function(TALLY_SQLITE3_FINALIZE);
  if (!function) return TALLY_SQLITE_UNAVAILABLE;
  return ((int (*)(sqlite3_stmt *))function)(statement);
}

static inline int sqlite3_reset(sqlite3_stmt *statement) {
  void *function = tally_sqlite_function(TALLY_SQLITE3_RESET);
  if (!function) return TALLY_SQLITE_UNAVAILABLE;
  return ((int (*)(sqlite3_stmt *))function)(statement);
}

static inline int sqlite3_clear_bindings(sqlite3_stmt *statement) {
  void *function = tally_sqlite_function(TALLY_SQLITE3_CLEAR_BINDINGS);
  if (!function) return TALLY_SQLITE_UNAVAILABLE;
  return ((int (*)(sqlite3_stmt *))function)(statement);
}

static inline int sqlite3_bind_text(sqlite3_stmt *statement, int index, const char *text, int length, sqlite3_destructor_type destructor) {
  void *function = tally_sqlite_function(TALLY_SQLITE3_BIND_TEXT);
  if (!function) return TALLY_SQLITE_UNAVAILABLE;
  return ((int (*)(sqlite3_stmt *, int, const char *, int, sqlite3_destructor_type))function)(statement, index, text, length, destructor);
}

static inline int sqlite3_bind_int64(sqlite3_stmt *statement, int index, sqlite3_int64 value) {
  void *function = tally_sqlite_function(TALLY_SQLITE3_BIND_INT64);
  if (!function) return TALLY_SQLITE_UNAVAILABLE;
  return ((int (*)(sqlite3_stmt *, int, sqlite3_int64))function)(statement, index, value);
}

static inline int sqlite3_bind_double(sqlite3_stmt *statement, int index, double value) {
  void *function = tally_sqlite_function(TALLY_SQLITE3_BIND_DOUBLE);
  if (!function) return TALLY_SQLITE_UNAVAILABLE;
  return ((int (*)(sqlite3_stmt *, int, double))function)(statement, index, value);
}

static inline int sqlite3_bind_null(sqlite3_stmt *statement, int index) {
  void *function = tally_sqlite_function(TALLY_SQLITE3_BIND_NULL);
  if (!function) return TALLY_SQLITE_UNAVAILABLE;
  return ((int (*)(sqlite3_stmt *, int))function)(statement, index);
}

static inline int sqlite3_bind_blob64(sqlite3_stmt *statement, int index, const void *bytes, sqlite3_uint64 length, sqlite3_destructor_type destructor) {
  void *function = tally_sqlite_function(TALLY_SQLITE3_BIND_BLOB64);
  if (!function) return TALLY_SQLITE_UNAVAILABLE;
  return ((int (*)(sqlite3_stmt *, int, const void *, sqlite3_uint64, sqlite3_destructor_type))function)(statement, index, bytes, length, destructor);
}

static inline int sqlite3_step(sqlite3_stmt *statement) {
  void *function = tally_sqlite_function(TALLY_SQLITE3_STEP);
  if (!function) return TALLY_SQLITE_UNAVAILABLE;
  return ((int (*)(sqlite3_stmt *))function)(statement);
}

static inline int sqlite3_column_count(sqlite3_stmt *statement) {
  void *function = tally_sqlite_function(TALLY_SQLITE3_COLUMN_COUNT);
  if (!function) return 0;
  return ((int (*)(sqlite3_stmt *))function)(statement);
}

static inline const unsigned char * sqlite3_column_text(sqlite3_stmt *statement, int index) {
  void *function = tally_sqlite_function(TALLY_SQLITE3_COLUMN_TEXT);
  if (!function) return 0;
  return ((const unsigned char * (*)(sqlite3_stmt *, int))function)(statement, index);
}

static inline int sqlite3_column_bytes(sqlite3_stmt *statement, int index) {
  void *function = tally_sqlite_function(TALLY_SQLITE3_COLUMN_BYTES);
  if (!function) return 0;
  return ((int (*)(sqlite3_stmt *, int))function)(statement, index);
}

static inline const void * sqlite3_column_blob(sqlite3_stmt *statement, int index) {
  void *function = tally_sqlite_function(TALLY_SQLITE3_COLUMN_BLOB);
  if (!function) return 0;
  return ((const void * (*)(sqlite3_stmt *, int))function)(statement, index);
}

static inline sqlite3_int64 sqlite3_column_int64(sqlite3_stmt *statement, int index) {
  void *function = tally_sqlite_function(TALLY_SQLITE3_COLUMN_INT64);
  if (!function) return 0;
  return ((sqlite3_int64 (*)(sqlite3_stmt *, int))function)(statement, index);
}

#endif
