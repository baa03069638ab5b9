#include "CSQLite.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static const char *const tally_sqlite_names[TALLY_SQLITE_FUNCTION_COUNT] = {
  "sqlite3_open_v2",
  "sqlite3_close_v2",
  "sqlite3_errmsg",
  "sqlite3_errcode",
  "sqlite3_busy_timeout",
  "sqlite3_exec",
  "sqlite3_free",
  "sqlite3_prepare_v2",
  "sqlite3_changes",
  "sqlite3_last_insert_rowid",
  "sqlite3_finalize",
  "sqlite3_reset",
  "sqlite3_clear_bindings",
  "sqlite3_bind_text",
  "sqlite3_bind_int64",
  "sqlite3_bind_double",
  "sqlite3_bind_null",
  "sqlite3_bind_blob64",
  "sqlite3_step",
  "sqlite3_column_count",
  "sqlite3_column_text",
  "sqlite3_column_bytes",
  "sqlite3_column_blob",
  "sqlite3_column_int64",
};

static void *functions[TALLY_SQLITE_FUNCTION_COUNT];
static int available;
static char reason[512];
static pthread_once_t once = PTHREAD_ONCE_INIT;

/// Copies dlerror's message, if any, into `buffer`; whether there was one.
static int dlerror_copy(char *buffer, size_t size) {
  const char *error = dlerror();
  if (!error) return 0;
  snprintf(buffer, size, "%s", error);
  return 1;
}

/// Loads the library (the one `TALLY_SQLITE_LIBRARY` names, if set) and looks up every
/// function; any failure leaves none available.
static void load(void) {
  const char *const libraries[] = {"libsqlite3.so.0", "libsqlite3.so", "libsqlite3.dylib"};
  const char *named = getenv("TALLY_SQLITE_LIBRARY");
  void *library = NULL;
  // Why the first library tried failed: the one a reader expects to hear about.
  char first[400] = "not found";
  if (named && *named) {
    library = dlopen(named, RTLD_NOW | RTLD_LOCAL);
    if (!library) dlerror_copy(first, sizeof first);
  } else {
    for (size_t index = 0; index < sizeof libraries / sizeof *libraries && !library; index++) {
      library = dlopen(libraries[index], RTLD_NOW | RTLD_LOCAL);
      if (!library && index == 0) dlerror_copy(first, sizeof first);
    }
  }
  if (!library) {
    snprintf(reason, sizeof reason, "cannot load SQLite (%s): %s",
             named && *named ? named : "libsqlite3.so.0", first);
    return;
  }
  for (int index = 0; index < TALLY_SQLITE_FUNCTION_COUNT; index++) {
    functions[index] = dlsym(library, tally_sqlite_names[index]);
    if (!functions[index]) {
      snprintf(reason, sizeof reason, "SQLite has no %s", tally_sqlite_names[index]);
      for (int other = 0; other < TALLY_SQLITE_FUNCTION_COUNT; other++) functions[other] = NULL;
      dlclose(library);
      return;
    }
  }
  available = 1;
}

int tally_sqlite_available(void) {
  pthread_once(&once, load);
  return available;
}

const char *tally_sqlite_unavailable_reason(void) {
  pthread_once(&once, load);
  return available ? "" : reason;
}

void *tally_sqlite_function(enum tally_sqlite_function function) {
  pthread_once(&once, load);
  return functions[function];
}
