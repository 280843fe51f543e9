import VerkostoSupport

/// The days spreadsheet cells hold, as Verkosto's ``Day`` (VerkostoSupport).
///
/// Workbooks store a day as a *serial number* that counts days from an epoch. This type
/// extension converts both ways for the two date systems of ECMA-376 Part 1 §18.17.4.1 (the
/// `date1904` workbook property):
/// - **1900 system** (the default): serial 1 is 1900-01-01. The system inherits Lotus 1-2-3's
///   mistake of treating 1900 as a leap year, so serial 60 is the day "1900-02-29", which
///   does not exist, and every serial from 61 on is one more than the count of days since
///   1900-01-01 would give: serial 61 is 1900-03-01. Serials 1…59 are 1900-01-01…1900-02-28.
///   Serial 0 (shown by Excel as "1900-01-00") and serial 60 are no day.
/// - **1904 system**: serial 0 is 1904-01-01, with no gap.
///
/// The last day either system can hold is 9999-12-31 (serial 2,958,465 in the 1900 system).
extension Day {
    /// The day before serial 1 in the 1900 system (1899-12-31), used for serials 1…59.
    private static let serialBase1900 = Day(year: 1899, month: 12, day: 31)!.ordinal
    /// 1904-01-01, serial 0 in the 1904 system.
    private static let serialBase1904 = Day(year: 1904, month: 1, day: 1)!.ordinal

    /// The day a whole serial number stands for, or `nil` when it is no day (see the type's
    /// description: serial 0 and 60 in the 1900 system, negative serials, and days after 9999).
    ///
    /// - Complexity: O(1).
    public init?(serial: Int, system: DateSystem) {
        switch system {
        case .from1900:
            switch serial {
            case 1...59: self.init(checkedOrdinal: Day.serialBase1900 + serial)
            case 61...: self.init(checkedOrdinal: Day.serialBase1900 + serial - 1)
            default: return nil
            }
        case .from1904:
            guard serial >= 0 else { return nil }
            self.init(checkedOrdinal: Day.serialBase1904 + serial)
        }
    }

    /// The day's serial number, or `nil` when the system cannot hold the day (before
    /// 1900-01-01 in the 1900 system, before 1904-01-01 in the 1904 system).
    public func serial(in system: DateSystem) -> Int? {
        switch system {
        case .from1900:
            let offset = ordinal - Day.serialBase1900
            switch offset {
            case ...0: return nil
            case 1...59: return offset
            default: return offset + 1
            }
        case .from1904:
            let offset = ordinal - Day.serialBase1904
            return offset >= 0 ? offset : nil
        }
    }
}

/// The epoch of a workbook's serial dates (ECMA-376 Part 1 §18.2.28, `workbookPr@date1904`).
public enum DateSystem: Sendable, Hashable {
    /// Serial 1 is 1900-01-01, with the 1900 leap-year bug (the default, and what Excel for
    /// Windows and LibreOffice write).
    case from1900
    /// Serial 0 is 1904-01-01 (old Excel for Mac workbooks).
    case from1904
}
