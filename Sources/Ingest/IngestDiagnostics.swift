import Core

/// Every diagnostic Ingest emits, with its stable code.
///
/// Never renumber; retired codes stay reserved.
///
/// - ING001 no charset declared, decoded as Windows-1252
/// - ING002 declared UTF-8 but not valid UTF-8
/// - ING003 declared charset could not be used
/// - ING004 invalid UTF-8 after a UTF-8 byte-order mark
/// - ING005 odd number of bytes in UTF-16
/// - ING010 tree truncated at depth 256
/// - ING011 text node truncated
/// - ING012 markup errors recovered
/// - ING013 no main content found; the whole body was kept
/// - ING014 the main text first found was next to nothing; read again without class and id names
/// - ING015 the markup gives next to no text; the main text is the JSON-LD `articleBody`
/// - ING020 front matter could not be read
/// - ING030 attachment listed, not read
/// - ING031 MIME part could not be decoded
/// - ING032 multipart without a usable boundary
/// - ING033 no readable body
/// - ING040 record without text skipped
/// - ING041 record is not an object
/// - ING050 language undetermined
enum IngestDiagnostics {
  static func noCharsetDeclared() -> Diagnostic {
    Diagnostic(
      severity: .warning, code: "ING001",
      message: "no charset declared and the bytes are not valid utf-8; decoded as windows-1252")
  }

  static func declaredUTF8ButInvalid() -> Diagnostic {
    Diagnostic(
      severity: .warning, code: "ING002",
      message: "declared utf-8 but the bytes are not valid utf-8; decoded as windows-1252")
  }

  static func charsetFailed(_ label: String, problem: SourceDecoder.ConversionProblem) -> Diagnostic
  {
    let reason: String
    switch problem {
    case .unknownCharset: reason = "unknown charset '\(label)'"
    case .invalidBytes: reason = "bytes not valid in the declared charset '\(label)'"
    }
    return Diagnostic(
      severity: .warning, code: "ING003", message: "\(reason); decoded as windows-1252")
  }

  static func invalidUTF8AfterBOM() -> Diagnostic {
    Diagnostic(
      severity: .warning, code: "ING004",
      message: "invalid utf-8 after a utf-8 byte-order mark; bad bytes replaced with U+FFFD")
  }

  static func oddUTF16Length() -> Diagnostic {
    Diagnostic(
      severity: .warning, code: "ING005",
      message: "utf-16 text has an odd number of bytes; the last was dropped")
  }

  static func truncatedAtDepth(line: Int) -> Diagnostic {
    Diagnostic(
      severity: .warning, code: "ING010",
      message: "truncated at depth 256: libxml2 stops nesting deeper elements; their text is lost",
      position: line > 0 ? SourcePosition(line: line, column: 1) : nil)
  }

  static func truncatedText(line: Int, detail: String) -> Diagnostic {
    Diagnostic(
      severity: .warning, code: "ING011", message: "text truncated by libxml2: '\(detail)'",
      position: line > 0 ? SourcePosition(line: line, column: 1) : nil)
  }

  static func recoveredMarkupErrors(count: Int, first: String, line: Int) -> Diagnostic {
    Diagnostic(
      severity: .note, code: "ING012",
      message: "\(count) markup error\(count == 1 ? "" : "s") recovered; first: '\(first)'",
      position: line > 0 ? SourcePosition(line: line, column: 1) : nil)
  }

  static func noMainContent() -> Diagnostic {
    Diagnostic(
      severity: .warning, code: "ING013",
      message: "no main content found; the whole body was kept, boilerplate included")
  }

  static func mainTextFoundWithoutNames(first: Int, visible: Int) -> Diagnostic {
    Diagnostic(
      severity: .warning, code: "ING014",
      message:
        "the main text first found was \(first) of the page's \(visible) visible characters; read again with class and id names set aside"
    )
  }

  static func mainTextFromLinkedData(markup: Int) -> Diagnostic {
    Diagnostic(
      severity: .warning, code: "ING015",
      message:
        "the markup gives \(markup) characters of text; the main text is the page's JSON-LD articleBody"
    )
  }

  static func frontMatterUnreadable(_ reason: String, line: Int?) -> Diagnostic {
    Diagnostic(
      severity: .warning, code: "ING020", message: "front matter could not be read: \(reason)",
      position: line.map { SourcePosition(line: $0, column: 1) })
  }

  static func attachmentNotRead(_ name: String, type: String) -> Diagnostic {
    Diagnostic(
      severity: .note, code: "ING030", message: "attachment '\(name)' (\(type)) listed, not read")
  }

  static func partUndecodable(_ reason: String, line: Int) -> Diagnostic {
    Diagnostic(
      severity: .warning, code: "ING031", message: "mime part could not be decoded: \(reason)",
      position: SourcePosition(line: line, column: 1))
  }

  static func missingBoundary(line: Int) -> Diagnostic {
    Diagnostic(
      severity: .warning, code: "ING032",
      message: "multipart without a usable boundary; the body was read as plain text",
      position: SourcePosition(line: line, column: 1))
  }

  static func noReadableBody() -> Diagnostic {
    Diagnostic(
      severity: .warning, code: "ING033",
      message: "no text/plain or text/html part; the message has no text")
  }

  static func recordWithoutText(_ index: Int, position: SourcePosition) -> Diagnostic {
    Diagnostic(
      severity: .warning, code: "ING040", message: "record \(index) has no text field; skipped",
      position: position)
  }

  static func recordNotObject(_ index: Int, position: SourcePosition) -> Diagnostic {
    Diagnostic(
      severity: .warning, code: "ING041", message: "record \(index) is not a json object; skipped",
      position: position)
  }

  static func languageUndetermined() -> Diagnostic {
    Diagnostic(
      severity: .note, code: "ING050",
      message: "language undetermined: neither markup nor text says english or french")
  }
}
