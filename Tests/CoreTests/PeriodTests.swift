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
}
