import Testing
import VerkostoSupport
@testable import VerkostoSpreadsheet

/// Expected days come from Python's `datetime` and the documented rule of the 1900 date system
/// (serial 1 = 1900-01-01; the fictitious 1900-02-29 is serial 60), computed as
/// `date(1899, 12, 31) + timedelta(serial)` for serials 1…59 and
/// `date(1899, 12, 30) + timedelta(serial)` from 61 on; and from Microsoft's documentation of
/// DATE ("January 1, 2008 is serial number 39448").
@Suite struct CalendarDayTests {
    @Test(arguments: [
        (1, "1900-01-01"), (2, "1900-01-02"), (59, "1900-02-28"), (61, "1900-03-01"),
        (36_526, "2000-01-01"), (39_448, "2008-01-01"), (45_352, "2024-03-01"), (45_658, "2025-01-01"),
        (2_958_465, "9999-12-31"),
    ])
    func serialsOfThe1900System(serial: Int, iso: String) {
        let day = Day(iso: iso)!
        #expect(Day(serial: serial, system: .from1900) == day)
        #expect(day.serial(in: .from1900) == serial)
    }

    /// The 1900 leap-year bug: serial 60 is "1900-02-29", which does not exist, and serial 0
    /// is Excel's "1900-01-00".
    @Test(arguments: [0, 60, -1, 2_958_466])
    func serialsThatAreNoDay(serial: Int) {
        #expect(Day(serial: serial, system: .from1900) == nil)
    }

    @Test func daysBefore1900HaveNoSerial() {
        #expect(Day(year: 1899, month: 12, day: 31)!.serial(in: .from1900) == nil)
    }

    /// The 1904 system: serial 0 is 1904-01-01 and 2024-03-01 is 43,890 (Python:
    /// `date(1904, 1, 1) + timedelta(43890)`), 1,462 less than in the 1900 system.
    @Test func the1904System() {
        #expect(Day(serial: 0, system: .from1904)?.description == "1904-01-01")
        #expect(Day(serial: 43_890, system: .from1904)?.description == "2024-03-01")
        #expect(Day(iso: "2024-03-01")!.serial(in: .from1904) == 43_890)
        #expect(Day(iso: "1903-12-31")!.serial(in: .from1904) == nil)
    }

    /// Every day from 1900-03-01 to 2100-12-31 is one more than the day before, both ways.
    @Test func serialsAreConsecutive() {
        var day = Day(iso: "1900-03-01")!
        var serial = 61
        while day.year <= 2100 {
            #expect(day.serial(in: .from1900) == serial)
            let next = Day(serial: serial + 1, system: .from1900)!
            #expect(day < next)
            day = next
            serial += 1
        }
        #expect(serial == 73_415 + 1)  // Python: (date(2101, 1, 1) - date(1899, 12, 30)).days == 73416
    }

    @Test func isoTextAndValidity() {
        #expect(Day(iso: "2024-02-29") != nil)
        #expect(Day(iso: "2023-02-29") == nil)
        #expect(Day(iso: "1900-02-29") == nil)
        #expect(Day(iso: "2000-02-29") != nil)
        #expect(Day(iso: "2024-3-1") == nil)
        #expect(Day(year: 7, month: 1, day: 2)?.description == "0007-01-02")
    }
}
