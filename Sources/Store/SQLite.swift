import CSQLite
import Foundation

/// An SQLite connection: the few calls the store makes, with errors as values.
///
/// Not thread-safe: one owner at a time (the store is opened, used and closed by one run).
final class SQLiteConnection {
  private var handle: OpaquePointer?

  /// Opens (creating) the database at `path`.
  init(path: String) throws(StoreError) {
    guard tally_sqlite_available() != 0 else {
      throw StoreError(path: path, reason: String(cString: tally_sqlite_unavailable_reason()))
    }
    let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX
    let status = sqlite3_open_v2(path, &handle, flags, nil)
    guard status == SQLITE_OK else {
      let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
      sqlite3_close_v2(handle)
      handle = nil
      throw StoreError(path: path, reason: message)
    }
    // Another run may hold the write lock for a moment: wait for it rather than fail.
    sqlite3_busy_timeout(handle, 30_000)
  }

  deinit { sqlite3_close_v2(handle) }

  /// Whether the last error was another connection's lock.
  var isBusy: Bool {
    guard let handle else { return false }
    let code = sqlite3_errcode(handle) & 0xFF
    return code == SQLITE_BUSY || code == SQLITE_LOCKED
  }

  /// The last error's message.
  var message: String { handle.map { String(cString: sqlite3_errmsg($0)) } ?? "closed" }

  /// Runs statements that return nothing.
  func execute(_ sql: String) throws(StoreError) {
    var error: UnsafeMutablePointer<CChar>?
    guard sqlite3_exec(handle, sql, nil, nil, &error) == SQLITE_OK else {
      let message = error.map { String(cString: $0) } ?? self.message
      sqlite3_free(error)
      throw StoreError(path: nil, reason: message)
    }
  }

  /// A prepared statement.
  func prepare(_ sql: String) throws(StoreError) -> SQLiteStatement {
    var statement: OpaquePointer?
    guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
      throw StoreError(path: nil, reason: message)
    }
    return SQLiteStatement(statement, connection: self)
  }

  /// How many rows the last statement changed.
  var changes: Int { Int(sqlite3_changes(handle)) }

  /// The row id the last insert gave.
  var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }
}

/// A value to bind to a statement's parameter.
enum SQLiteValue {
  case text(String?)
  case integer(Int64?)
  case real(Double?)
  case blob(Data)
}

/// A prepared statement, bound and stepped row by row.
final class SQLiteStatement {
  private let statement: OpaquePointer
  private let connection: SQLiteConnection

  init(_ statement: OpaquePointer, connection: SQLiteConnection) {
    self.statement = statement
    self.connection = connection
  }

  deinit { sqlite3_finalize(statement) }

  /// SQLite copies bound text at once (`SQLITE_TRANSIENT`).
  private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

  /// Binds `values` to the parameters in order, after a reset.
  func bind(_ values: [SQLiteValue]) {
    sqlite3_reset(statement)
    sqlite3_clear_bindings(statement)
    for (offset, value) in values.enumerated() {
      let index = Int32(offset + 1)
      switch value {
      case .text(let text?): sqlite3_bind_text(statement, index, text, -1, Self.transient)
      case .integer(let number?): sqlite3_bind_int64(statement, index, number)
      case .real(let number?): sqlite3_bind_double(statement, index, number)
      case .text(nil), .integer(nil), .real(nil): sqlite3_bind_null(statement, index)
      case .blob(let data):
        data.withUnsafeBytes { bytes in
          _ = sqlite3_bind_blob64(
            statement, index, bytes.baseAddress, sqlite3_uint64(bytes.count), Self.transient)
        }
      }
    }
  }

  /// Runs a statement that returns no row.
  func run(_ values: [SQLiteValue] = []) throws(StoreError) {
    bind(values)
    guard sqlite3_step(statement) == SQLITE_DONE else {
      throw StoreError(path: nil, reason: connection.message)
    }
  }

  /// Steps to the next row; false when there is none.
  func next() throws(StoreError) -> Bool {
    switch sqlite3_step(statement) {
    case SQLITE_ROW: return true
    case SQLITE_DONE: return false
    default: throw StoreError(path: nil, reason: connection.message)
    }
  }

  /// The text of column `index` of the current row.
  func text(_ index: Int32) -> String? {
    guard let pointer = sqlite3_column_text(statement, index) else { return nil }
    return String(cString: pointer)
  }

  /// The bytes of column `index` of the current row.
  func blob(_ index: Int32) -> Data {
    let count = Int(sqlite3_column_bytes(statement, index))
    guard count > 0, let pointer = sqlite3_column_blob(statement, index) else { return Data() }
    return Data(bytes: pointer, count: count)
  }

  /// Ends the statement's current run, so that it holds no table open.
  func reset() { sqlite3_reset(statement) }

  /// How many columns a row has.
  var columnCount: Int32 { sqlite3_column_count(statement) }

  /// The integer of column `index` of the current row.
  func integer(_ index: Int32) -> Int64 { sqlite3_column_int64(statement, index) }
}

/// Why the store could not be opened, read or written.
public struct StoreError: Error, Sendable, CustomStringConvertible {
  /// The store's path, when the error is about opening it.
  public var path: String?
  public var reason: String

  public var description: String { path.map { "\($0): \(reason)" } ?? reason }
}
