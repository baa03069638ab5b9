internal import CHTMLBridge
import Foundation

/// Carries the handler through the C bridge's `void *` context.
private final class HandlerBox {
  let handler: any MarkupHandler
  init(_ handler: any MarkupHandler) { self.handler = handler }
}

/// Receives the events of one libxml2 parse.
///
/// All pointers are valid only during the call.
protocol MarkupHandler: AnyObject {
  func startElement(
    _ name: UnsafePointer<CChar>, attributes: UnsafePointer<UnsafePointer<CChar>?>?,
    endOffset: Int)
  func endElement(_ name: UnsafePointer<CChar>, endOffset: Int)
  func characters(_ bytes: UnsafeBufferPointer<UInt8>, endOffset: Int, isCDATA: Bool)
  func parseError(code: Int, level: Int, line: Int, message: String)
}

/// Streams HTML or XML through libxml2 (via the C bridge) to a handler.
///
/// The bridge parses with recovery, without network access, entity substitution,
/// DTD loading or XInclude, and hands libxml2's messages to the handler instead
/// of printing them. No libxml2 pointer reaches Swift.
enum MarkupParser {
  enum Dialect { case html, xml }

  /// Parses `source`, which must be UTF-8.
  ///
  /// Returns false when libxml2 could not start.
  @discardableResult
  static func parse(_ source: [UInt8], as dialect: Dialect, handler: some MarkupHandler) -> Bool {
    let holder = HandlerBox(handler)
    let box = Unmanaged.passUnretained(holder)
    var callbacks = tly_callbacks(
      start_element: { context, name, attributes, offset in
        guard let context, let name else { return }
        Unmanaged<HandlerBox>.fromOpaque(context).takeUnretainedValue().handler.startElement(
          name, attributes: attributes.map { UnsafePointer($0) }, endOffset: offset)
      },
      end_element: { context, name, offset in
        guard let context, let name else { return }
        Unmanaged<HandlerBox>.fromOpaque(context).takeUnretainedValue().handler.endElement(
          name, endOffset: offset)
      },
      characters: { context, bytes, length, offset, isCDATA in
        guard let context, let bytes, length > 0 else { return }
        let handler = Unmanaged<HandlerBox>.fromOpaque(context).takeUnretainedValue().handler
        let buffer = UnsafeRawPointer(bytes).assumingMemoryBound(to: UInt8.self)
        handler.characters(
          UnsafeBufferPointer(start: buffer, count: Int(length)), endOffset: offset,
          isCDATA: isCDATA != 0)
      },
      error: { context, code, level, line, message in
        guard let context else { return }
        let handler = Unmanaged<HandlerBox>.fromOpaque(context).takeUnretainedValue().handler
        // libxml2 reports every HTML5 element as unknown: thousands of messages a corpus, so
        // their spaces and newlines are trimmed by bytes rather than through Foundation.
        var text = ""
        if let message {
          let bytes = UnsafeBufferPointer(
            start: UnsafeRawPointer(message).assumingMemoryBound(to: UInt8.self),
            count: strlen(message))
          let isSpace = { (byte: UInt8) in byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
          let start = bytes.firstIndex { !isSpace($0) } ?? bytes.count
          let end = (bytes.lastIndex { !isSpace($0) } ?? -1) + 1
          if start < end {
            text = String(
              decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
          }
        }
        handler.parseError(code: Int(code), level: Int(level), line: Int(line), message: text)
      })
    let status = source.withUnsafeBufferPointer { bytes -> Int32 in
      bytes.withMemoryRebound(to: CChar.self) { chars in
        withExtendedLifetime(holder) {
          switch dialect {
          case .html:
            tly_parse_html(chars.baseAddress, chars.count, &callbacks, box.toOpaque())
          case .xml:
            tly_parse_xml(chars.baseAddress, chars.count, &callbacks, box.toOpaque())
          }
        }
      }
    }
    return status == 0
  }

  /// Finds where a run of text reported by libxml2 starts in the source, and whether it copies the
  /// source verbatim.
  ///
  /// libxml2 reports the offset just past the run, or at its last character when it flushes a long
  /// run; an entity's text is not in the source at all, so it is placed at the `&` that wrote it. A
  /// CDATA section ends 3 bytes later, at `]]>`.
  static func locate(_ bytes: UnsafeBufferPointer<UInt8>, endingNear end: Int, in source: [UInt8])
    -> (offset: Int, verbatim: Bool)
  {
    let count = bytes.count
    return source.withUnsafeBufferPointer { source in
      for shift in [0, 1, 2, 3, 4, -3] {
        let start = end - count + shift
        guard start >= 0, start + count <= source.count, let base = source.baseAddress,
          let run = bytes.baseAddress
        else { continue }
        if memcmp(base + start, run, count) == 0 { return (start, true) }
      }
      var index = min(end, source.count) - 1
      let floor = max(0, end - 40)
      while index >= floor {
        if source[index] == UInt8(ascii: "&") { return (index, false) }
        index -= 1
      }
      return (max(0, min(end, source.count) - count), false)
    }
  }
}
