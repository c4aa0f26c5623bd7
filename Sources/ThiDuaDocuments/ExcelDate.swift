import Foundation
import ThiDuaCore

/// Excel's day serial numbers.
///
/// The 1900 date system counts 1900-01-01 as 1 and, copying a Lotus 1-2-3 bug, believes in a
/// 29 February 1900 (serial 60). So from 1900-03-01 (serial 61) on, the serial is the number of
/// days since 1899-12-30; before that it is the number of days since 1899-12-31. Serial 60 and
/// anything below 1 are not real days. The 1904 date system (old Mac workbooks,
/// `<workbookPr date1904="1"/>`) simply counts days since 1904-01-01.
enum ExcelDate {
    /// Day number (since 1970-01-01) of 1899-12-30.
    static let epoch1900 = -25_569
    /// Day number of 1904-01-01.
    static let epoch1904 = -24_107
    /// First day after the phantom 29/02/1900: 1900-03-01.
    static let firstCorrectDay = -25_508
    /// Serial 60, the day that never was.
    static let phantomLeapDay = 60.0

    /// The serial Excel stores for `date`, or nil before 1900-01-01 (Excel cannot show it).
    static func serial(of date: LocalDate) -> Int? {
        let n = date.dayNumber
        if n >= firstCorrectDay { return n - epoch1900 }
        let serial = n - epoch1900 - 1
        return serial >= 1 ? serial : nil
    }

    /// The day of a serial (any time of day is dropped), or nil when it is not a real day.
    static func date(fromSerial serial: Double, date1904: Bool = false) -> LocalDate? {
        guard serial.isFinite, abs(serial) < 1e7 else { return nil }
        let whole = Int(serial.rounded(.down))
        if date1904 {
            guard whole >= 0 else { return nil }
            return LocalDate(dayNumber: epoch1904 + whole)
        }
        switch whole {
        case ..<1, 60: return nil
        case 1..<60: return LocalDate(dayNumber: epoch1900 + whole + 1)
        default: return LocalDate(dayNumber: epoch1900 + whole)
        }
    }
}
