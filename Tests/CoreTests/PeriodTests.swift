import Core
import Testing

@Suite struct PeriodTests {
  @Test("a period reads as a day, a whole month, a whole year, or its two ends")
  func text() {
    #expect(Period(start: "2024-06-04", end: "2024-06-04").text == "2024-06-04")
    #expect(Period.month(2024, 2).text == "2024-02")
    #expect(Period.month(2023, 2).text == "2023-02")
    #expect(Period.year(2024).text == "2024")
    #expect(Period(start: "2024-02-01", end: "2025-01-31").text == "2024-02-01…2025-01-31")
    #expect(Period(start: "2024-03-01", end: "2024-03-30").text == "2024-03-01…2024-03-30")
    #expect(Period.quarter(2024, 1).text == "2024-01-01…2024-03-31")
  }

  @Test("days since 1970-01-01 and back, leap days and centuries included; bad dates are nil")
  func dayNumbers() {
    #expect(Period.dayNumber("1970-01-01") == 0)
    #expect(Period.dayNumber("2026-02-18T09:00:00Z") == 20_502)
    for date in ["2000-02-29", "1900-03-01", "2024-12-31", "2026-02-17", "1969-12-31"] {
      #expect(Period.dayNumber(date).map(Period.isoDate(dayNumber:)) == date)
    }
    #expect(Period.dayNumber("2024-02-29")! + 1 == Period.dayNumber("2024-03-01"))
    #expect(Period.dayNumber("2024-3-01") == nil)
    #expect(Period.dayNumber("20240301") == nil)
  }
}
