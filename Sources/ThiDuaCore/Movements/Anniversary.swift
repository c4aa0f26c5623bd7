import Foundation

/// A historical date that movements are launched to celebrate (ngày kỷ niệm). Stored once with its original
/// date; every year's occurrence is computed, never stored.
public struct Anniversary: Identifiable, Hashable, Sendable, Codable {
    public enum Kind: String, CaseIterable, Sendable, Codable {
        case national, organization, sector

        public var vietnamese: String {
            switch self {
            case .national: return "Ngày lễ, kỷ niệm của đất nước"
            case .organization: return "Ngày truyền thống của tổ chức"
            case .sector: return "Ngày của ngành, lĩnh vực"
            }
        }
    }

    public var id: UUID
    /// As it reads after "Kỷ niệm N năm", e.g. "Ngày thành lập Đảng Cộng sản Việt Nam".
    public var name: String
    public var originDate: LocalDate
    public var kind: Kind
    public var active: Bool
    public var version: Int

    public init(
        id: UUID = UUID(), name: String, originDate: LocalDate, kind: Kind, active: Bool = true, version: Int = 1
    ) {
        self.id = id
        self.name = name
        self.originDate = originDate
        self.kind = kind
        self.active = active
        self.version = version
    }

    /// Its occurrence in a year, or nil before the first anniversary. 29/2 falls on 28/2 in other years.
    public func occurrence(in year: Int) -> AnniversaryOccurrence? {
        let years = year - originDate.year
        guard years >= 1 else { return nil }
        let date =
            LocalDate(year: year, month: originDate.month, day: originDate.day)
            ?? LocalDate(
                year: year, month: originDate.month, day: LocalDate.daysIn(month: originDate.month, year: year))!
        return AnniversaryOccurrence(anniversary: self, date: date, years: years)
    }

    /// The dates movements are commonly launched for, and the VCA's own: a new database starts with them and
    /// the admin edits or adds. The VCA's founding day is the seed article's (11/4/1994); another source gives
    /// 1993 (LAW.md), so it is data, not code.
    public static let defaults: [Anniversary] = [
        Anniversary(
            name: "Ngày thành lập Đảng Cộng sản Việt Nam", originDate: LocalDate(year: 1930, month: 2, day: 3)!,
            kind: .national),
        Anniversary(
            name: "Ngày Giải phóng miền Nam, thống nhất đất nước",
            originDate: LocalDate(year: 1975, month: 4, day: 30)!, kind: .national),
        Anniversary(
            name: "Ngày Quốc tế Lao động", originDate: LocalDate(year: 1886, month: 5, day: 1)!, kind: .national),
        Anniversary(
            name: "Ngày Chiến thắng Điện Biên Phủ", originDate: LocalDate(year: 1954, month: 5, day: 7)!,
            kind: .national),
        Anniversary(
            name: "Ngày sinh Chủ tịch Hồ Chí Minh", originDate: LocalDate(year: 1890, month: 5, day: 19)!,
            kind: .national),
        Anniversary(
            name: "Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc",
            originDate: LocalDate(year: 1948, month: 6, day: 11)!, kind: .national),
        Anniversary(
            name: "Ngày Thương binh - Liệt sĩ", originDate: LocalDate(year: 1947, month: 7, day: 27)!, kind: .national),
        Anniversary(
            name: "Ngày Cách mạng tháng Tám thành công", originDate: LocalDate(year: 1945, month: 8, day: 19)!,
            kind: .national),
        Anniversary(name: "Ngày Quốc khánh", originDate: LocalDate(year: 1945, month: 9, day: 2)!, kind: .national),
        Anniversary(
            name: "Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam",
            originDate: LocalDate(year: 1930, month: 10, day: 20)!, kind: .national),
        Anniversary(
            name: "Ngày thành lập Quân đội nhân dân Việt Nam", originDate: LocalDate(year: 1944, month: 12, day: 22)!,
            kind: .national),
        Anniversary(
            name: "Ngày Hợp tác xã Việt Nam", originDate: LocalDate(year: 1946, month: 4, day: 11)!, kind: .sector),
        Anniversary(
            name: "Ngày thành lập Liên minh Hợp tác xã Việt Nam", originDate: LocalDate(year: 1994, month: 4, day: 11)!,
            kind: .organization),
    ]

    /// The names the first databases were seeded with, and the official names that replace them (migration 006).
    public static let renamedDefaults: [(old: String, new: String)] = [
        ("Ngày thành lập Đảng cộng sản Việt Nam", "Ngày thành lập Đảng Cộng sản Việt Nam"),
        ("Ngày giải phóng Miền Nam", "Ngày Giải phóng miền Nam, thống nhất đất nước"),
        ("Ngày chiến thắng Điện Biên Phủ", "Ngày Chiến thắng Điện Biên Phủ"),
        ("Liên minh HTX Việt Nam", "Ngày thành lập Liên minh Hợp tác xã Việt Nam"),
    ]
}

/// One year's anniversary: the Nth year, whether N is round, and the label in the seed article's form.
public struct AnniversaryOccurrence: Hashable, Sendable {
    public var anniversary: Anniversary
    public var date: LocalDate
    public var years: Int

    /// A multiple of 5 (năm chẵn; a multiple of 10 is also năm tròn).
    public var isRound: Bool { years % 5 == 0 }
    public var isTenth: Bool { years % 10 == 0 }

    /// The JSON form of `thidua anniversaries --json` and `GET /api/v1/anniversaries`.
    public struct Listing: Encodable, Sendable {
        public var name: String
        public var originDate: String
        public var date: String
        public var years: Int
        public var round: Bool
        public var label: String
    }

    public var listing: Listing {
        Listing(
            name: anniversary.name, originDate: anniversary.originDate.iso, date: date.iso, years: years,
            round: isRound, label: label)
    }

    /// `Kỷ niệm 92 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930-03/02/2022)`.
    public var label: String {
        "Kỷ niệm \(years) năm \(anniversary.name) (\(anniversary.originDate.decree30Short)-\(date.decree30Short))"
    }

    /// The label inside a sentence: "chào mừng kỷ niệm 92 năm …".
    public var phrase: String { "kỷ niệm" + label.dropFirst("Kỷ niệm".count) }
}

extension LocalDate {
    /// `03/02/1930`, `30/4/1975`: the short date of state documents (Decree 30/2020): a leading zero for days
    /// below 10 and for the months 1 and 2 only.
    public var decree30Short: String { "\(decree30Day)/\(decree30Month)/\(year)" }

    public var decree30Day: String { day < 10 ? "0\(day)" : String(day) }
    public var decree30Month: String { month < 3 ? "0\(month)" : String(month) }

    /// `ngày 06 tháng 01 năm 2023`.
    public var decree30Long: String { "ngày \(decree30Day) tháng \(decree30Month) năm \(year)" }
}
