import Core
import Foundation
import TestSupport
import Testing

@testable import Reconcile

@Suite struct LedgerReaderTests {
  private func read(_ text: String, file: String = "bookings.csv") throws -> Ledger {
    try LedgerReader().read(Array(text.utf8), file: file)
  }

  @Test(
    "RFC 4180 CSV: any column order, case-insensitive headers, quoted commas, quotes and newlines, a BOM"
  )
  func csv() throws {
    let text =
      "\u{FEFF}ID,Customer,Item,Quantity,Amount,Currency,Date,Status,Redirected_To,Note\n"
      + "B-1,Tesla,H100,12000,,USD,2023-12,redirected,X,\"moved, per memo\"\n"
      + "B-2,X,H100,\"12,000\",\"360,000,000.50\",USD,2024-Q1,booked,,\"a \"\"quoted\"\" note\nover two lines\"\n"
      + "B-3,xAI,H100,5000,,,2024,forecast,,\n"
    let ledger = try read(text)
    #expect(ledger.issues.isEmpty)
    #expect(ledger.bookings.map(\.id) == ["B-1", "B-2", "B-3"])
    #expect(ledger.bookings.map(\.line) == [2, 3, 5])
    let first = ledger.bookings[0]
    #expect(first.customer == "Tesla")
    #expect(first.period == Period(start: "2023-12-01", end: "2023-12-31"))
    #expect(first.status == .redirected)
    #expect(first.redirectedTo == "X")
    #expect(first.note == "moved, per memo")
    #expect(ledger.bookings[1].quantity == 12000)
    #expect(ledger.bookings[1].amount == Decimal(string: "360000000.5"))
    #expect(ledger.bookings[1].period == Period(start: "2024-01-01", end: "2024-03-31"))
    #expect(ledger.bookings[1].note == "a \"quoted\" note\nover two lines")
    #expect(ledger.bookings[2].currency == "USD")
  }

  @Test(
    "French spreadsheet exports: semicolons, decimal commas, spaces in thousands, French statuses")
  func frenchExport() throws {
    let ledger = try read(
      "client;item;quantité;montant;devise;date;statut\nTesla;H100;12 000;360 000 000,50;EUR;15/01/2024;réservé\n"
    )
    let booking = try #require(ledger.bookings.first)
    #expect(booking.quantity == 12000)
    #expect(booking.amount == Decimal(string: "360000000.5"))
    #expect(booking.currency == "EUR")
    #expect(booking.period == Period(start: "2024-01-15", end: "2024-01-15"))
    #expect(booking.status == .booked)
  }

  @Test("columns nothing reads are listed, in CSV and JSON, so a misspelt header is said")
  func unknownColumns() throws {
    let csv = try LedgerReader().read(
      Array(
        "id,customer,item,quantiy,Colour,date,status\nB-1,Tesla,H100,5,red,2024-03,booked\n".utf8),
      file: "b.csv")
    #expect(csv.unknownColumns == ["colour", "quantiy"])
    let json = try LedgerReader().read(
      Array(
        "[{\"customer\": \"Tesla\", \"item\": \"H100\", \"quantity\": 5, \"region\": \"EU\"}]".utf8),
      file: "b.json")
    #expect(json.unknownColumns == ["region"])
    let clean = try LedgerReader().read(
      Array("id,client,produit,quantité,date,statut\nB-1,Tesla,H100,5,2024-03,booked\n".utf8),
      file: "b.csv")
    #expect(clean.unknownColumns.isEmpty)
  }

  @Test("every bad row is reported with its line and reason, and the rest is used")
  func badRows() throws {
    let ledger = try read(
      """
      id,customer,item,quantity,date,status
      B-1,Tesla,H100,12000,2024-01,booked
      B-2,Tesla,H100,lots,2024-01,booked
      B-3,,H100,5,2024-01,booked
      B-4,Tesla,H100,5,sometime,booked
      B-5,Tesla,H100,5,2024-02,lost
      B-6,Tesla,H100,,2024-02,booked
      B-7,X,H100,7,2024-13,shipped
      """)
    #expect(ledger.bookings.map(\.id) == ["B-1"])
    #expect(
      ledger.issues.map(\.description) == [
        "bookings.csv:3: quantity 'lots' is not a number",
        "bookings.csv:4: missing customer",
        "bookings.csv:5: date or period 'sometime' is not understood (use 2024-01-15, 2024-01, 2024-Q1, 2024 or FY2025)",
        "bookings.csv:6: unknown status 'lost' (known: booked, shipped, delivered, redirected, cancelled, forecast)",
        "bookings.csv:7: neither quantity nor amount is given",
        "bookings.csv:8: date or period '2024-13' is not understood (use 2024-01-15, 2024-01, 2024-Q1, 2024 or FY2025)",
      ])
  }

  @Test("fiscal periods follow the supplier's fiscal calendar, else the customer's")
  func fiscalPeriods() throws {
    let reader = LedgerReader(fiscalYearStartMonth: { $0 == "nvidia" ? 2 : nil })
    let ledger = try reader.read(
      Array(
        "customer,supplier,item,amount,period,status\nNvidia,,H100,5,FY2025,forecast\nTesla,,H100,5,FY2025,forecast\nTesla,Nvidia,H100,5,FY2025,forecast\n"
          .utf8),
      file: "b.csv")
    #expect(
      ledger.bookings.map(\.period) == [
        Period(start: "2024-02-01", end: "2025-01-31"),
        Period(start: "2025-01-01", end: "2025-12-31"),
        Period(start: "2024-02-01", end: "2025-01-31"),
      ])
  }

  @Test("JSON arrays and JSON Lines, with the line each record starts on")
  func json() throws {
    let array = try read(
      """
      [
        {"id": "J-1", "customer": "Tesla", "item": "H100", "quantity": 12000, "date": "2024-01", "status": "booked"},
        {"id": "J-2", "customer": "X", "item": "H100", "quantity": "many", "date": "2024-01", "status": "booked"}
      ]
      """, file: "bookings.json")
    #expect(array.bookings.map(\.id) == ["J-1"])
    #expect(array.issues.map(\.description) == ["bookings.json:3: quantity 'many' is not a number"])
    let lines = try read(
      "{\"customer\": \"X\", \"item\": \"H100\", \"amount\": 1.5, \"date\": \"2024\", \"status\": \"shipped\"}\n\n"
        + "{\"customer\": \"Tesla\", \"item\": \"H100\", \"amount\": 2, \"date\": \"2024\", \"status\": \"delivered\"}\n",
      file: "bookings.jsonl")
    #expect(lines.bookings.map(\.line) == [1, 3])
    #expect(lines.bookings.first?.id == "line 1")
  }

  @Test(
    "a ledger that cannot be read is an error naming the file and the reason, not an empty result")
  func unreadable() {
    #expect(throws: LedgerError.self) { try LedgerReader().read(path: "/no/such/bookings.csv") }
    #expect(throws: LedgerError.self) { try read("customer,quantity\nTesla,5\n") }
    #expect(throws: LedgerError.self) { try read("customer,item\n\"Tesla,H100\n") }
    #expect(throws: LedgerError.self) { try read("{not json", file: "b.json") }
    do {
      _ = try read("customer,quantity\nTesla,5\n")
    } catch {
      #expect(
        "\(error)"
          == "bookings.csv:1: the header has no 'item' column (it begins 'customer,quantity')")
    }
  }

  @Test("an error quotes a short, escaped excerpt of the file, never a whole line of it")
  func shortExcerpts() {
    // A file that is not a ledger (here, something like an environment block) is not replayed.
    let secret = "customer=x\u{1}SECRET_TOKEN=abcdefghijklmnopqrstuvwxyz0123456789\u{0}HOME=/root"
    do {
      _ = try read(secret + "\n")
      Issue.record("read a file without an item column")
    } catch {
      let message = "\(error)"
      #expect(!message.contains("0123456789"))
      #expect(!message.contains("HOME"))
      #expect(!message.unicodeScalars.contains { $0.value < 0x20 })
      #expect(message.contains("\\u{1}"))
    }
    let rows = try? read(
      "customer,item,quantity\nTesla,H100," + String(repeating: "9x", count: 100))
    let reason = rows?.issues.first?.reason ?? ""
    #expect(reason.hasPrefix("quantity '9x9x"))
    #expect(reason.count < 80)
  }
}
