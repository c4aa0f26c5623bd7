import Foundation

/// A calendar day with no time zone. Stored as `YYYY-MM-DD` text so that both databases
/// sort and compare it the same way, and no SQL date function is ever needed.
public struct LocalDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...LocalDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` (ISO) or `dd/mm/yyyy` (how Vietnamese officers type dates).
    public init?(_ text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        let iso = t.split(separator: "-", omittingEmptySubsequences: false)
        let vn = t.split(separator: "/", omittingEmptySubsequences: false)
        if iso.count == 3, iso[0].count == 4, let y = Int(iso[0]), let m = Int(iso[1]), let d = Int(iso[2]) {
            self.init(year: y, month: m, day: d)
        } else if vn.count == 3, vn[2].count == 4, let d = Int(vn[0]), let m = Int(vn[1]), let y = Int(vn[2]) {
            self.init(year: y, month: m, day: d)
        } else {
            return nil
        }
    }

    public static func today(in timeZone: TimeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? .current,
                             now: Date = Date()) -> LocalDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day], from: now)
        return LocalDate(year: c.year!, month: c.month!, day: c.day!)!
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public func adding(days: Int) -> LocalDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let date = calendar.date(from: DateComponents(year: year, month: month, day: day))!
        let c = calendar.dateComponents([.year, .month, .day], from: calendar.date(byAdding: .day, value: days, to: date)!)
        return LocalDate(year: c.year!, month: c.month!, day: c.day!)!
    }

    /// `2023-01-06`
    public var iso: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// `06/01/2023`, the form shown on screens.
    public var vietnamese: String {
        String(format: "%02d/%02d/%04d", day, month, year)
    }

    public var description: String { iso }

    public static func < (a: LocalDate, b: LocalDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = LocalDate(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                debugDescription: "Ngày không hợp lệ: \(text). Dùng dạng YYYY-MM-DD."))
        }
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(iso)
    }
}
